# Strategy 2: one global lock order. Every lock has a rank; a thread that needs several takes them lowest rank first.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
RANK = {lock_a: 1, lock_b: 2}
NAME = {lock_a: 'lock A', lock_b: 'lock B'}


def worker(name, wanted):
    first, second = sorted(wanted, key=RANK.get)
    print(f'{name}: needs {NAME[wanted[0]]} and {NAME[wanted[1]]}, takes {NAME[first]} first by rank')
    with first:
        print(f'{name}: holding {NAME[first]}')
        time.sleep(1)
        with second:
            print(f'{name}: holding {NAME[second]} as well, both locks')


t1 = threading.Thread(target=worker, args=('thread-1', [lock_a, lock_b]))
t2 = threading.Thread(target=worker, args=('thread-2', [lock_b, lock_a]))
t1.start()
time.sleep(0.5)  # thread 1 arrives first, so the output is fixed; without this there is still no deadlock, only no telling who gets lock A first
t2.start()
t1.join()
t2.join()
print('main: both threads have finished')
