# The same counter, incremented by two generators taking turns in one thread. A switch can only happen at a yield.
counter = 0


def add(times):
    global counter
    for _ in range(times):
        counter += 1  # no yield between read, add and write: nothing can interrupt it
        yield


def add_with_pause(times):
    global counter
    for _ in range(times):
        value = counter
        yield  # hand over control between the read and the write
        counter = value + 1


def run(tasks):
    while tasks:
        task = tasks.pop(0)
        try:
            next(task)
        except StopIteration:
            continue
        tasks.append(task)


run([add(10000), add(10000)])
print('no yield between read and write, result:', counter)
counter = 0
run([add_with_pause(10000), add_with_pause(10000)])
print('a yield between read and write, result:', counter)
