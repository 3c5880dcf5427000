# 两个线程各给共享计数器加 10000 次：屏障让两者的第一次加法必然相撞，读和写之间的 sleep(0) 让更多更新丢失。
import threading
import time

counter = 0
gate = threading.Barrier(2)


def add(times):
    global counter
    value = counter
    gate.wait()  # 两个线程都读完计数器之后才有人写回：至少丢失一次更新，每个版本都如此
    counter = value + 1
    for _ in range(times - 1):
        value = counter
        time.sleep(0)  # 一次调用：3.10 起（默认构建）别的线程只能在调用和循环跳转处插进来
        counter = value + 1


workers = [threading.Thread(target=add, args=(10000,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('两个线程各加 10000 次，结果：', counter)
