# 仿照原文的写法：子类把函数交给父类保存，再在 run() 里读父类的私有属性 _target/_args。
# 注意 second_job 忽略了传进来的 delay，总是睡 2 秒。
import threading
import time


def first_job(delay):
    print('线程 {} 开始'.format(threading.current_thread().name))
    time.sleep(delay)
    print('线程 {} 结束'.format(threading.current_thread().name))


def second_job(delay):
    print('线程 {} 开始'.format(threading.current_thread().name))
    time.sleep(2)  # 本应是 time.sleep(delay)
    print('线程 {} 结束'.format(threading.current_thread().name))


class MyThread(threading.Thread):
    def __init__(self, func, name, args):
        super().__init__(target=func, name=name, args=args)

    def run(self):
        self._target(*self._args)


t1 = MyThread(first_job, 'thread-1', (2,))
t2 = MyThread(second_job, 'thread-2', (4,))
t1.start()
t2.start()
