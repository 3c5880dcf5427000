# with lock: 进入时 acquire()，离开时 release()；在锁里读 num，读到的值就是确定的。
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    with lock:
        for _ in range(100000):
            num += 1
        seen = num  # 还在锁里：另一个线程此刻不可能改 num
    print('{} 在锁里读到 num = {}'.format(name, seen))


threads = [threading.Thread(target=add_many, args=('线程{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('两个线程都结束后 num =', num)
