# The value of a return in a generator travels in StopIteration.value; without a return, value is None.
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return 'liftoff!'


g = countdown(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print('StopIteration.value =', repr(stop.value))


def no_return():
    yield 1


p = no_return()
next(p)
try:
    next(p)
except StopIteration as stop:
    print('without a return, value =', repr(stop.value))
print('list() collects only the yielded values:', list(countdown(3)))
