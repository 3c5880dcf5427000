# A blocking call (time.sleep) in one generator stops the whole thread, so every other generator waits too.
import time


def ticker(name, n):
    for i in range(n):
        print('{}: tick {}'.format(name, i + 1))
        yield


def sleeper():
    print('sleeper: calling time.sleep(1)')
    time.sleep(1)  # blocks the whole thread, not just this generator
    yield
    print('sleeper: awake')
    yield


tasks = [ticker('ticker', 3), sleeper()]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)
    except StopIteration:
        continue
    tasks.append(task)
