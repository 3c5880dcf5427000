# The generator catches the exception sent in by throw(): throw() returns the next value it yields; if it finishes instead, throw() raises StopIteration.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as exc:
            print('  inside: caught {!r}'.format(exc))
        n += 1


g = resilient()
print('next(g) returned', next(g))
print('g.throw(...) returned', g.throw(ValueError('bad data')))
print('next(g) returned', next(g))


def one_shot():
    try:
        yield 'waiting'
    except ValueError:
        print('  inside: caught it, now returning')
        return 'all done'


h = one_shot()
next(h)
try:
    h.throw(ValueError('bad data'))
except StopIteration as stop:
    print('h.throw(...) raised StopIteration, value =', repr(stop.value))
