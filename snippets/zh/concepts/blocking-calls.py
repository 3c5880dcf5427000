# 阻塞与非阻塞：同一个队列，三种取数据的方式。
import queue
import threading

box = queue.Queue()
# 1.5 秒后，另一个线程往队列里放一样东西。
threading.Timer(1.5, box.put, args=('一壶开水',)).start()

try:
    box.get_nowait()  # 非阻塞：拿不到就立刻返回（抛出 queue.Empty），线程不会停下
except queue.Empty:
    print('get_nowait()：队列是空的，马上返回')

try:
    box.get(timeout=1)  # 阻塞，但有期限：线程挂起，最多等 1 秒
except queue.Empty:
    print('get(timeout=1)：挂起 1 秒后放弃，队列还是空的')

item = box.get()  # 阻塞：线程挂起，直到另一个线程放入数据才被唤醒
print('get()：被唤醒，拿到了' + item)
