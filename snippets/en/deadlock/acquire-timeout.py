# Two ways for acquire not to wait for ever: a timeout in seconds, or blocking=False. Either returns False if the lock is not had.
import threading

lock = threading.Lock()
lock.acquire()  # the lock is taken
print('acquire(timeout=0.5) returns', lock.acquire(timeout=0.5))
print('acquire(blocking=False) returns', lock.acquire(blocking=False))
lock.release()
print('after release, acquire(timeout=0.5) returns', lock.acquire(timeout=0.5))
lock.release()
