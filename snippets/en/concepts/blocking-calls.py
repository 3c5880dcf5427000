# Blocking and non-blocking: one queue, three ways to take an item from it.
import queue
import threading

box = queue.Queue()
# In 1.5 s another thread puts something into the queue.
threading.Timer(1.5, box.put, args=('a kettle of hot water',)).start()

try:
    box.get_nowait()  # non-blocking: if there is nothing, return at once (raise queue.Empty); the thread never stops
except queue.Empty:
    print('get_nowait(): the queue is empty, returned at once')

try:
    box.get(timeout=1)  # blocking with a limit: the thread is suspended for at most 1 s
except queue.Empty:
    print('get(timeout=1): suspended for 1 s, gave up, still empty')

item = box.get()  # blocking: the thread is suspended until another thread puts an item
print('get(): woken up, got ' + item)
