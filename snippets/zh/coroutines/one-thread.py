# 一万个做计算的生成器轮流运行：全都在同一个线程里，进程用掉的 CPU 时间不会超过流逝的时间。
import threading
import time

threads_seen = set()


def crunch(rounds):
    for _ in range(rounds):
        sum(range(1000))  # 一点纯计算
        threads_seen.add(threading.get_ident())
        yield


tasks = [crunch(3) for _ in range(10000)]
finished = 0
wall_start = time.perf_counter()
cpu_start = time.process_time()
while tasks:
    task = tasks.pop(0)
    try:
        next(task)
    except StopIteration:
        finished += 1
        continue
    tasks.append(task)
cpu = time.process_time() - cpu_start
wall = time.perf_counter() - wall_start
print('跑完的生成器：', finished)
print('它们用到的线程数：', len(threads_seen))
print('进程里的线程数：', threading.active_count())
print('CPU 时间不超过墙钟时间：', cpu <= wall)
