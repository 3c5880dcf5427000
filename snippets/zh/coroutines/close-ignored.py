# 生成器收到 GeneratorExit 后又 yield 了一个值：close() 抛出 RuntimeError，生成器仍然停在那里没有结束。
import inspect


def stubborn():
    refused = False
    while True:
        try:
            yield '工作中'
        except GeneratorExit:
            if refused:
                return  # 第二次就认了
            refused = True
            print('  生成器内：不想结束，继续 yield')


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as exc:
    print('close() 抛出 RuntimeError：', exc)
print('此时的状态：', inspect.getgeneratorstate(g))
g.close()
print('第二次 close() 之后：', inspect.getgeneratorstate(g))
