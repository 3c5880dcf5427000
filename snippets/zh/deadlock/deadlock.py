# 线程1 先拿锁A 再拿锁B，线程2 反过来先拿锁B 再拿锁A；拿到第一把之后都睡 1 秒。
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, first, first_name, second, second_name):
    with first:
        print(f'{name}：拿到{first_name}')
        time.sleep(1)  # 这 1 秒足够让另一个线程拿到它的第一把锁
        print(f'{name}：等待{second_name}……')
        with second:  # 两个线程都会永远停在这一行
            print(f'{name}：两把锁都拿到了')


t1 = threading.Thread(target=worker, args=('线程1', lock_a, '锁A', lock_b, '锁B'))
t2 = threading.Thread(target=worker, args=('线程2', lock_b, '锁B', lock_a, '锁A'))
t1.start()
t2.start()
t1.join()  # 主线程在这里等线程1，也就跟着一起卡住
t2.join()
print('主线程：两个线程都结束了')  # 永远不会打印
