# 一把 Lock 只有两种状态：未锁定、锁定。锁定时，谁再 acquire() 都得等。
import threading

lock = threading.Lock()
print('新建的锁 locked()：', lock.locked())
print('acquire() 返回：', lock.acquire())
print('之后 locked()：', lock.locked())
# 锁已被占用：不等待的 acquire 立刻返回 False，带超时的等满 0.5 秒后返回 False
print('acquire(blocking=False) 返回：', lock.acquire(blocking=False))
print('acquire(timeout=0.5) 返回：', lock.acquire(timeout=0.5))
lock.release()
print('release() 之后 locked()：', lock.locked())
lock.release()  # 释放一把没锁上的锁是错误
