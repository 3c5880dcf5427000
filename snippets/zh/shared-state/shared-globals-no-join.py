# 同一个程序，去掉了启动读数线程之前的 join()：读数线程不再等加数线程。
import threading
import time

num = 10


def add_three():
    global num
    for _ in range(3):
        time.sleep(0.1)
        num += 1
    print('加数线程：num =', num)


def read_num():
    print('读数线程：num =', num)


adder = threading.Thread(target=add_three)
reader = threading.Thread(target=read_num)
adder.start()
reader.start()  # 没有先 join()：两个线程同时在跑
adder.join()
reader.join()
print('主线程：num =', num)
