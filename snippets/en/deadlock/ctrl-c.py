# Ctrl+C after a deadlock: here a timer sends SIGINT to the main thread at 1.5 s, just as pressing Ctrl+C in a terminal does.
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
    print('main: join() interrupted by KeyboardInterrupt')
print('main: end of its code, the interpreter starts to exit')
