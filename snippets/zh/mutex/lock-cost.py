# 同样是共 200000 次加法，锁放的位置不同、线程数不同，各要花多少 CPU 时间？每种做法跑 5 遍，取最快的一遍。
# 量的是进程用掉的 CPU 时间（process_time），机器上别的程序抢 CPU 时，它不会跟着变长。
import threading
import time

N = 100000
num = 0
lock = threading.Lock()


def no_lock(n):
    global num
    for _ in range(n):  # 对照：不用锁（只在一个线程里跑时才正确）
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
    mine = 0  # 局部变量只属于这个线程，不用保护
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
    ('一个线程，不用锁（对照）', no_lock, 1),
    ('两个线程，锁包住整个循环', lock_around_loop, 2),
    ('两个线程，每次加法加一次锁', lock_per_addition, 2),
    ('一个线程，每次加法加一次锁', lock_per_addition, 1),
    ('两个线程，先在局部变量里数，最后加一次锁', count_locally_then_add, 2),
]
times = []
for label, work, threads in rows:
    times.append(fastest_of_five(work, threads))
    print('{}：num = {}，{:.1f} 毫秒'.format(label, num, times[-1]))
print('两个线程时，每次加法加锁所用时间是锁包住整个循环的 {:.1f} 倍'.format(times[2] / times[1]))
