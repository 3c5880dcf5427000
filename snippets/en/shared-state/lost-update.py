# Two threads each add 1 to the global num 100000 times, with no protection at all.
import threading

num = 0


def add_many(name):
    global num
    for _ in range(100000):
        num += 1  # read num, add 1, write num back: a switch may fall between the steps
    print('{} is done, num is now {}'.format(name, num))


threads = [threading.Thread(target=add_many, args=('thread-{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('after both threads, num =', num)
