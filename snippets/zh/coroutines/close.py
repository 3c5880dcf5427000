# close() 在暂停的 yield 处抛出 GeneratorExit；生成器结束后，再 next() 只会得到 StopIteration。
def listener():
    try:
        while True:
            message = yield
            print('  生成器内：收到', message)
    except GeneratorExit as exc:
        print('  生成器内：收到 {}，做清理'.format(type(exc).__name__))


g = listener()
next(g)
g.send('第一条消息')
print('close() 返回', g.close())
try:
    next(g)
except StopIteration:
    print('close() 之后 next(g)：StopIteration')
print('再次 close() 返回', g.close())
print('GeneratorExit 是 Exception 的子类吗？', issubclass(GeneratorExit, Exception))
