# 用 for 循环代替 yield from：迭代没问题，但 send() 的值和 throw() 的异常都到不了子生成器。
import inspect


def recorder():  # 子生成器：记录收到的值，处理 KeyError
    count = 0
    while True:
        try:
            received = yield count
        except KeyError as exc:
            print('  子生成器：处理了', type(exc).__name__, exc.args)
        else:
            print('  子生成器：收到', repr(received))
            count += 1


def delegate(sub):
    for item in sub:
        yield item


sub = recorder()
g = delegate(sub)
next(g)
print('send 返回', g.send('苹果'))
print('send 返回', g.send('香蕉'))
try:
    print('throw 返回', g.throw(KeyError('坏数据')))
except KeyError as exc:
    print('异常没进子生成器，从委托生成器里冒出来：', type(exc).__name__, exc.args)
g.close()
print('close() 之后子生成器的状态：', inspect.getgeneratorstate(sub))
