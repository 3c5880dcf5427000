# 死锁之后按 Ctrl+C：这里由一个计时器在 1.5 秒时向主线程发送 SIGINT，效果和在终端里按 Ctrl+C 一样。
import signal
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(first, second):
    with first:
        time.sleep(1)
        with second:
            pass


def press_ctrl_c():
    signal.pthread_kill(threading.main_thread().ident, signal.SIGINT)


t1 = threading.Thread(target=worker, args=(lock_a, lock_b))
t2 = threading.Thread(target=worker, args=(lock_b, lock_a))
t1.start()
t2.start()
threading.Timer(1.5, press_ctrl_c).start()
try:
    t1.join()
    t2.join()
except KeyboardInterrupt:
    print('主线程：join() 被 KeyboardInterrupt 打断')
print('主线程：代码执行完了，解释器开始退出')
