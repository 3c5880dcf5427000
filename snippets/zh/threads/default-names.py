# 不指定 name 时线程的默认名字。3.10 起，名字后面会带上 target 函数的名字。
import threading


def worker():
    pass


class Worker(threading.Thread):
    pass


print(threading.Thread(target=worker).name)
print(threading.Thread(target=worker).name)
print(Worker().name)
print(threading.current_thread().name)
