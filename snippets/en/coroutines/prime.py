# A new generator waits before the first line of its body; send(None) and next() both run it to its first yield.
def echo(name):
    print('{}: started, running to the first yield'.format(name))
    while True:
        received = yield
        print('{}: received {!r}'.format(name, received))


a = echo('A')
a.send(None)
a.send('hello')
b = echo('B')
next(b)
b.send('hello')
