# acquire 的两种“不死等”的用法：timeout 秒数，或 blocking=False。拿不到时返回 False。
import threading

lock = threading.Lock()
lock.acquire()  # 锁已经被占着
print('acquire(timeout=0.5) 返回', lock.acquire(timeout=0.5))
print('acquire(blocking=False) 返回', lock.acquire(blocking=False))
lock.release()
print('释放之后 acquire(timeout=0.5) 返回', lock.acquire(timeout=0.5))
lock.release()
