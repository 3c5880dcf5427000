# The lock inside the loop, around each num += 1 only: still correct, but the two threads' additions interleave.
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    for _ in range(100000):
        with lock:
            num += 1
            seen = num  # note, inside the lock, the value right after this addition
    print('{}: num = {} right after its last addition'.format(name, seen))


threads = [threading.Thread(target=add_many, args=('thread-{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('after both threads, num =', num)
