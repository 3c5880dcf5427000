# A Lock has exactly two states, unlocked and locked. While it is locked, anyone who calls acquire() has to wait.
import threading

lock = threading.Lock()
print('new lock, locked():', lock.locked())
print('acquire() returns:', lock.acquire())
print('then locked():', lock.locked())
# The lock is taken: a non-blocking acquire returns False at once, one with a timeout returns False after 0.5 s
print('acquire(blocking=False) returns:', lock.acquire(blocking=False))
print('acquire(timeout=0.5) returns:', lock.acquire(timeout=0.5))
lock.release()
print('after release(), locked():', lock.locked())
lock.release()  # releasing a lock that is not locked is an error
