# A thread's default name when none is given. Since 3.10 it ends with the target function's name.
import threading


def worker():
    pass


class Worker(threading.Thread):
    pass


print(threading.Thread(target=worker).name)
print(threading.Thread(target=worker).name)
print(Worker().name)
print(threading.current_thread().name)
