# The same subgenerator, with yield from in the delegating generator: send(), throw() and close() are all passed on to the subgenerator.
import inspect


def recorder():  # subgenerator: records what it receives, handles KeyError
    count = 0
    while True:
        try:
            received = yield count
        except KeyError as exc:
            print('  subgenerator: handled', type(exc).__name__, exc.args)
        else:
            print('  subgenerator: received', repr(received))
            count += 1


def delegate(sub):
    yield from sub


sub = recorder()
g = delegate(sub)
next(g)
print('send returned', g.send('apple'))
print('send returned', g.send('banana'))
try:
    print('throw returned', g.throw(KeyError('bad data')))
except KeyError as exc:
    print('the exception never reached the subgenerator; it came out of the delegating one:', type(exc).__name__, exc.args)
g.close()
print('state of the subgenerator after close():', inspect.getgeneratorstate(sub))
