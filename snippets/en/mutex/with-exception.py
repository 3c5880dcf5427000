# An exception inside the critical section: with and try/finally both release the lock; bare acquire()/release() does not.
import threading

lock = threading.Lock()


def with_statement():
    with lock:
        int('abc')  # raises ValueError


def try_finally():
    lock.acquire()
    try:
        int('abc')
    finally:
        lock.release()  # runs however the try block is left


def bare_calls():
    lock.acquire()
    int('abc')
    lock.release()  # never reached: the exception has already left the function


for work in (with_statement, try_finally, bare_calls):
    try:
        work()
    except ValueError:
        print('{}: caught ValueError, then locked() = {}'.format(work.__name__, lock.locked()))


def another_thread():
    got = lock.acquire(timeout=1)
    print('another thread waited 1 s; acquire() returned', got)


t = threading.Thread(target=another_thread)
t.start()
t.join()
