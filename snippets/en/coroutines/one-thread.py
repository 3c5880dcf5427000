# Ten thousand computing generators take turns: all in the same thread, and the process uses no more CPU time than the time that passes.
import threading
import time

threads_seen = set()


def crunch(rounds):
    for _ in range(rounds):
        sum(range(1000))  # a little pure computation
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
print('generators run to completion:', finished)
print('threads they ran in:', len(threads_seen))
print('threads in the process:', threading.active_count())
print('CPU time within wall-clock time:', cpu <= wall)
