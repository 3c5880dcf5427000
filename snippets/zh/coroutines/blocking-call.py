# 一个生成器里的阻塞调用（time.sleep）会让整个线程停下，别的生成器也跟着等。
import time


def ticker(name, n):
    for i in range(n):
        print('{}：第 {} 次'.format(name, i + 1))
        yield


def sleeper():
    print('睡眠者：调用 time.sleep(1)')
    time.sleep(1)  # 阻塞整个线程，而不是只暂停自己
    yield
    print('睡眠者：醒了')
    yield


tasks = [ticker('计时器', 3), sleeper()]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)
    except StopIteration:
        continue
    tasks.append(task)
