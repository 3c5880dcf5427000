# yield from hands out the items of an iterable one by one: a list, a tuple and a range all work.
def mixed():
    yield 'a'
    yield 'b'
    yield 'c'
    yield from [11, 22, 33, 44]
    yield from (12, 23, 34)
    yield from range(3)


for item in mixed():
    print(item, end=' , ')  # a separator after every item, the last one too, and no newline
