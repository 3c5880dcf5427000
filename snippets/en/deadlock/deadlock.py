# Thread 1 takes lock A, then lock B; thread 2 takes lock B, then lock A. Each sleeps 1 s in between.
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, first, first_name, second, second_name):
    with first:
        print(f'{name}: holding {first_name}')
        time.sleep(1)  # long enough for the other thread to take its first lock
        print(f'{name}: waiting for {second_name}...')
        with second:  # both threads stop on this line for ever
            print(f'{name}: holding both locks')


t1 = threading.Thread(target=worker, args=('thread-1', lock_a, 'lock A', lock_b, 'lock B'))
t2 = threading.Thread(target=worker, args=('thread-2', lock_b, 'lock B', lock_a, 'lock A'))
t1.start()
t2.start()
t1.join()  # the main thread waits for thread 1 here, and is stuck with it
t2.join()
print('main: both threads have finished')  # never printed
