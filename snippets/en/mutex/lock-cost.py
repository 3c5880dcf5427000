# The same 200000 additions with the lock in different places and one or two threads: how much CPU time does each take? Each runs 5 times; the fastest run counts.
# It measures the CPU time the process uses (process_time), which does not grow when other programs compete for the CPU.
import threading
import time

N = 100000
num = 0
lock = threading.Lock()


def no_lock(n):
    global num
    for _ in range(n):  # baseline: no lock (correct only when one thread runs it)
        num += 1


def lock_around_loop(n):
    global num
    with lock:
        for _ in range(n):
            num += 1


def lock_per_addition(n):
    global num
    for _ in range(n):
        with lock:
            num += 1


def count_locally_then_add(n):
    global num
    mine = 0  # a local variable belongs to this thread alone: nothing to protect
    for _ in range(n):
        mine += 1
    with lock:
        num += mine


def fastest_of_five(work, threads):
    global num
    best = None
    for _ in range(5):
        num = 0
        workers = [threading.Thread(target=work, args=(2 * N // threads,)) for _ in range(threads)]
        start = time.process_time()
        for w in workers:
            w.start()
        for w in workers:
            w.join()
        elapsed = (time.process_time() - start) * 1000
        best = elapsed if best is None else min(best, elapsed)
    return best


rows = [
    ('one thread, no lock (baseline)', no_lock, 1),
    ('two threads, lock around the whole loop', lock_around_loop, 2),
    ('two threads, lock around each addition', lock_per_addition, 2),
    ('one thread, lock around each addition', lock_per_addition, 1),
    ('two threads, count in a local, lock once to add', count_locally_then_add, 2),
]
times = []
for label, work, threads in rows:
    times.append(fastest_of_five(work, threads))
    print('{}: num = {}, {:.1f} ms'.format(label, num, times[-1]))
print('with two threads, locking each addition takes {:.1f} times as long as locking the whole loop'.format(times[2] / times[1]))
