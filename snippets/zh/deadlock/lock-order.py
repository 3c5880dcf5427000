# 策略二：全局统一的加锁顺序。每把锁有一个编号，需要几把锁时一律按编号从小到大去拿。
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()
RANK = {lock_a: 1, lock_b: 2}
NAME = {lock_a: '锁A', lock_b: '锁B'}


def worker(name, wanted):
    first, second = sorted(wanted, key=RANK.get)
    print(f'{name}：要用{NAME[wanted[0]]}和{NAME[wanted[1]]}，按编号先拿{NAME[first]}')
    with first:
        print(f'{name}：拿到{NAME[first]}')
        time.sleep(1)
        with second:
            print(f'{name}：拿到{NAME[second]}，两把锁都有了')


t1 = threading.Thread(target=worker, args=('线程1', [lock_a, lock_b]))
t2 = threading.Thread(target=worker, args=('线程2', [lock_b, lock_a]))
t1.start()
time.sleep(0.5)  # 让线程1 先到，输出才是固定的；不错开也不会死锁，只是谁先拿到锁A 不确定
t2.start()
t1.join()
t2.join()
print('主线程：两个线程都结束了')
