# 策略三：等锁设上限。等不到就放下手里的锁，随机退避一会儿，再从头来过。
import random
import threading
import time

lock_a = threading.Lock()
lock_b = threading.Lock()


def worker(name, seed, first, first_name, second, second_name):
    # 真实程序直接调用 random.uniform；这里每个线程用固定种子，数仍是随机的，但每次运行都一样，输出才能核对
    rng = random.Random(seed)
    attempt = 1
    while True:
        with first:
            print(f'{name}：第 {attempt} 次，拿到{first_name}')
            time.sleep(0.5)
            wait = round(rng.uniform(0.2, 1.0), 1)  # 等多久也是随机的：两个线程不会同时放弃
            if second.acquire(timeout=wait):
                try:
                    print(f'{name}：拿到{second_name}，两把锁都有了')
                    time.sleep(0.4)  # 同时持有两把锁，做需要它们的事
                finally:
                    second.release()
                return
            pause = round(rng.uniform(0.2, 1.0), 1)
            print(f'{name}：等{second_name} {wait} 秒未果，放下{first_name}，退避 {pause} 秒')
        # 离开 with 时第一把锁已经放下：对方正等着它
        time.sleep(pause)
        attempt += 1


t1 = threading.Thread(target=worker, args=('线程1', 1, lock_a, '锁A', lock_b, '锁B'))
t2 = threading.Thread(target=worker, args=('线程2', 2, lock_b, '锁B', lock_a, '锁A'))
t1.start()
t2.start()
t1.join()
t2.join()
print('主线程：两个线程都完成了')
