# close() raises GeneratorExit at the paused yield; once the generator has finished, next() only raises StopIteration.
def listener():
    try:
        while True:
            message = yield
            print('  inside: received', message)
    except GeneratorExit as exc:
        print('  inside: got {}, cleaning up'.format(type(exc).__name__))


g = listener()
next(g)
g.send('first message')
print('close() returned', g.close())
try:
    next(g)
except StopIteration:
    print('next(g) after close(): StopIteration')
print('close() again returned', g.close())
print('is GeneratorExit a subclass of Exception?', issubclass(GeneratorExit, Exception))
