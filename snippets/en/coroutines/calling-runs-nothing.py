# Calling a generator function does not run its body; it only returns a generator object. Each next() runs it to the next yield.
def greeter():
    print('  body: starts running')
    yield 'first value'
    print('  body: resumes where it paused')
    yield 'second value'


g = greeter()
print('calling greeter() gave:', type(g).__name__)
print('next(g) returned:', next(g))
print('next(g) returned:', next(g))
