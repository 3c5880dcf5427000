# 用 acquire()/release() 把整个循环包起来：同一时刻只有一个线程在加。
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    lock.acquire()  # 另一个线程正拿着锁时，这里会一直等
    for _ in range(100000):
        num += 1
    lock.release()
    # 锁已经放掉了：这时读到的 num，可能已经被另一个线程加过
    print('{} 释放锁后读到 num = {}'.format(name, num))


threads = [threading.Thread(target=add_many, args=('线程{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('两个线程都结束后 num =', num)
