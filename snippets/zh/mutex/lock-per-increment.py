# 把锁放进循环里，只包住每一次 num += 1：结果同样正确，但两个线程的加法会交错进行。
import threading

num = 0
lock = threading.Lock()


def add_many(name):
    global num
    for _ in range(100000):
        with lock:
            num += 1
            seen = num  # 在锁里记下自己这一次加完后的值
    print('{} 最后一次加完后 num = {}'.format(name, seen))


threads = [threading.Thread(target=add_many, args=('线程{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('两个线程都结束后 num =', num)
