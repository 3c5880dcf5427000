# Modelled on the chapter: the subclass hands the function to Thread, then run() reads Thread's private _target/_args.
# Note that second_job ignores the delay it is given and always sleeps 2 s.
import threading
import time


def first_job(delay):
    print('thread {} started'.format(threading.current_thread().name))
    time.sleep(delay)
    print('thread {} finished'.format(threading.current_thread().name))


def second_job(delay):
    print('thread {} started'.format(threading.current_thread().name))
    time.sleep(2)  # should be time.sleep(delay)
    print('thread {} finished'.format(threading.current_thread().name))


class MyThread(threading.Thread):
    def __init__(self, func, name, args):
        super().__init__(target=func, name=name, args=args)

    def run(self):
        self._target(*self._args)


t1 = MyThread(first_job, 'thread-1', (2,))
t2 = MyThread(second_job, 'thread-2', (4,))
t1.start()
t2.start()
