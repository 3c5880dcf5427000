# Two generators take turns in one thread: each hands over control at yield and later continues from there, its local variables intact.
def countdown(name, n):
    print('{}: start'.format(name))
    while n > 0:
        print('{}: {}'.format(name, n))
        n -= 1
        yield
    print('{}: done'.format(name))


tasks = [countdown('A', 2), countdown('B', 3)]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)  # run it to its next yield
    except StopIteration:
        continue  # this generator has finished; do not put it back
    tasks.append(task)
