# inspect.getgeneratorstate() 在生成器一生中的几个时刻返回的状态。
import inspect


def two_steps():
    yield 1
    yield 2


g = two_steps()
print('刚创建：', inspect.getgeneratorstate(g))
next(g)
print('第一次 next() 之后：', inspect.getgeneratorstate(g))
for _ in g:
    pass
print('迭代完以后：', inspect.getgeneratorstate(g))

h = two_steps()
next(h)
h.close()
print('close() 之后：', inspect.getgeneratorstate(h))
print('状态是普通字符串：', repr(inspect.GEN_CLOSED))
print('等于原文写的 \'GEN-CLOSED\' 吗？', inspect.getgeneratorstate(h) == 'GEN-CLOSED')
