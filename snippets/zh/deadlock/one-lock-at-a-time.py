# 策略一：任何时刻最多持有一把锁。用完锁A 先放下，再去拿锁B。
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, first, first_name, second, second_name):
    with first:
        print(f'{name}：用{first_name}')
        time.sleep(1)
    # 离开上面的 with 时第一把锁已经放下，此刻手里没有锁
    with second:
        print(f'{name}：用{second_name}')
        time.sleep(1)


t1 = threading.Thread(target=worker, args=('线程1', lock_a, '锁A', lock_b, '锁B'))
t2 = threading.Thread(target=worker, args=('线程2', lock_b, '锁B', lock_a, '锁A'))
t1.start()
t2.start()
t1.join()
t2.join()
print('主线程：两个线程都结束了')
