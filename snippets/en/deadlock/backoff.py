# Strategy 3: a bounded wait. If the second lock does not come, put the first one down, back off a random while, and start over.
import random
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, seed, first, first_name, second, second_name):
    # A real program calls random.uniform; here each thread has a fixed seed: the numbers are still random, but the same every run, so the output can be checked
    rng = random.Random(seed)
    attempt = 1
    while True:
        with first:
            print(f'{name}: attempt {attempt}, holding {first_name}')
            time.sleep(0.5)
            wait = round(rng.uniform(0.2, 1.0), 1)  # how long to wait is random too: the two threads do not give up together
            if second.acquire(timeout=wait):
                try:
                    print(f'{name}: holding {second_name} as well, both locks')
                    time.sleep(0.4)  # the work that needs both locks
                finally:
                    second.release()
                return
            pause = round(rng.uniform(0.2, 1.0), 1)
            print(f'{name}: no {second_name} after {wait} s, putting {first_name} down, backing off {pause} s')
        # leaving the with block released the first lock: the other thread is waiting for it
        time.sleep(pause)
        attempt += 1


t1 = threading.Thread(target=worker, args=('thread-1', 1, lock_a, 'lock A', lock_b, 'lock B'))
t2 = threading.Thread(target=worker, args=('thread-2', 2, lock_b, 'lock B', lock_a, 'lock A'))
t1.start()
t2.start()
t1.join()
t2.join()
print('main: both threads are done')
