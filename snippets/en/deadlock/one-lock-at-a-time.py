# Strategy 1: hold at most one lock at any moment. Put lock A down before picking lock B up.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, first, first_name, second, second_name):
    with first:
        print(f'{name}: using {first_name}')
        time.sleep(1)
    # leaving the with block above released the first lock: no lock is held here
    with second:
        print(f'{name}: using {second_name}')
        time.sleep(1)


t1 = threading.Thread(target=worker, args=('thread-1', lock_a, 'lock A', lock_b, 'lock B'))
t2 = threading.Thread(target=worker, args=('thread-2', lock_b, 'lock B', lock_a, 'lock A'))
t1.start()
t2.start()
t1.join()
t2.join()
print('main: both threads have finished')
