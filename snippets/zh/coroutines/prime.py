# 新建的生成器停在函数体的最前面；send(None) 与 next() 都能让它运行到第一个 yield。
def echo(name):
    print('{}：启动，运行到第一个 yield'.format(name))
    while True:
        received = yield
        print('{}：收到 {!r}'.format(name, received))


a = echo('甲')
a.send(None)
a.send('你好')
b = echo('乙')
next(b)
b.send('你好')
