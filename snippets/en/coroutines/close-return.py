# A generator may return a value when close() stops it; since 3.13 close() hands that value back, before 3.13 it returned None.
def counter():
    seen = 0
    try:
        while True:
            yield
            seen += 1
    except GeneratorExit:
        return seen


g = counter()
next(g)
g.send('a')
g.send('b')
print('close() returned', g.close())
print('close() on a generator that never started returned', counter().close())
