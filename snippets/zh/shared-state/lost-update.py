# 两个线程各把全局变量 num 加 100000 次，不加任何保护。
import threading

num = 0


def add_many(name):
    global num
    for _ in range(100000):
        num += 1  # 读出 num、加 1、写回 num：三步之间可能换线程
    print('{} 加完了，此时 num = {}'.format(name, num))


threads = [threading.Thread(target=add_many, args=('线程{}'.format(i),)) for i in (1, 2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('两个线程都结束后 num =', num)
