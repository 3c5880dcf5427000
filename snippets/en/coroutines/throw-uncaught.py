# The generator does not catch the exception sent in by throw(): it is raised at the paused yield, goes through the generator and comes out where throw() was called.
def fragile():
    yield 1
    print('this line never runs')
    yield 2


g = fragile()
print('next(g) returned', next(g))
g.throw(ValueError('bad data'))
