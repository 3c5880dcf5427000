# What inspect.getgeneratorstate() returns at several moments in a generator's life.
import inspect


def two_steps():
    yield 1
    yield 2


g = two_steps()
print('just created:', inspect.getgeneratorstate(g))
next(g)
print('after the first next():', inspect.getgeneratorstate(g))
for _ in g:
    pass
print('after iterating to the end:', inspect.getgeneratorstate(g))

h = two_steps()
next(h)
h.close()
print('after close():', inspect.getgeneratorstate(h))
print('a state is a plain string:', repr(inspect.GEN_CLOSED))
print('equal to the chapter\'s \'GEN-CLOSED\'?', inspect.getgeneratorstate(h) == 'GEN-CLOSED')
