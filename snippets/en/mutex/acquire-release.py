# acquire()/release() around the whole loop: only one thread adds at any moment.
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    lock.acquire()  # while the other thread holds the lock, this waits
    for _ in range(100000):
        num += 1
    lock.release()
    # The lock is released: the num read here may already include the other thread's additions
    print('{} read num = {} after releasing the lock'.format(name, num))


threads = [threading.Thread(target=add_many, args=('thread-{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('after both threads, num =', num)
