# 临界区里抛出异常时：with 和 try/finally 都会放掉锁，只写 acquire()/release() 的不会。
import threading

lock = threading.Lock()


def with_statement():
    with lock:
        int('abc')  # 抛出 ValueError


def try_finally():
    lock.acquire()
    try:
        int('abc')
    finally:
        lock.release()  # 无论怎样离开 try，都会执行


def bare_calls():
    lock.acquire()
    int('abc')
    lock.release()  # 执行不到：异常已经跳出了函数


for work in (with_statement, try_finally, bare_calls):
    try:
        work()
    except ValueError:
        print('{}：捕获到 ValueError，之后 locked() = {}'.format(work.__name__, lock.locked()))


def another_thread():
    got = lock.acquire(timeout=1)
    print('另一个线程等了 1 秒，acquire() 返回', got)


t = threading.Thread(target=another_thread)
t.start()
t.join()
