# 同一进程里的线程共用全局变量：一个线程改了 num，另一个线程读到的就是改过的值。
import threading
import time

num = 10


def add_three():
    global num  # 要给全局变量赋值，必须先声明 global
    for _ in range(3):
        time.sleep(0.1)  # 慢慢加，好让“等不等它”在时间上看得出来
        num += 1
    print('加数线程：num =', num)


def read_num():
    # 只读不写，不需要 global
    print('读数线程：num =', num)


adder = threading.Thread(target=add_three)
reader = threading.Thread(target=read_num)
adder.start()
adder.join()  # 加数线程结束后，才启动读数线程
reader.start()
reader.join()
print('主线程：num =', num)
