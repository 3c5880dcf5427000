# _thread 是最底层的线程接口：只有函数，没有 Thread 对象，也没有 join()。
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
# 第二个参数是传给函数的位置参数，必须是元组；没有参数就写空元组。
_thread.start_new_thread(boil_water, ())
_thread.start_new_thread(wash_cups, ())
# 无法 join，只能睡得比两个线程都久，否则它们会随主线程退出而被直接终止。
time.sleep(6)
print('主线程：睡满 6 秒，退出')
