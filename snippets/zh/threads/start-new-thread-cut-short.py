# 同样两个线程，但主线程只等 1 秒：进程退出时，_thread 的线程被直接终止。
import _thread
import time


def boil_water():
    print('烧水：开始')
    time.sleep(4)
    print('烧水：水开了（4 秒）')


def wash_cups():
    print('洗杯子：开始')
    time.sleep(2)
    print('洗杯子：洗好了（2 秒）')


print('主线程：启动两个线程')
_thread.start_new_thread(boil_water, ())
_thread.start_new_thread(wash_cups, ())
time.sleep(1)
print('主线程：只睡 1 秒就退出')
