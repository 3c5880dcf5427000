# with lock: acquire() on entry, release() on exit; num read inside the lock has a definite value.
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    with lock:
        for _ in range(100000):
            num += 1
        seen = num  # still inside the lock: the other thread cannot change num now
    print('{} read num = {} inside the lock'.format(name, seen))


threads = [threading.Thread(target=add_many, args=('thread-{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('after both threads, num =', num)
