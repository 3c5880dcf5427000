# The generator yields another value after GeneratorExit: close() raises RuntimeError, and the generator is still paused, not finished.
import inspect


def stubborn():
    refused = False
    while True:
        try:
            yield 'working'
        except GeneratorExit:
            if refused:
                return  # gives in the second time
            refused = True
            print('  inside: refusing to stop, yielding again')


g = stubborn()
next(g)
try:
    g.close()
except RuntimeError as exc:
    print('close() raised RuntimeError:', exc)
print('state now:', inspect.getgeneratorstate(g))
g.close()
print('after the second close():', inspect.getgeneratorstate(g))
