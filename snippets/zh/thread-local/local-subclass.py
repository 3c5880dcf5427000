# 继承 threading.local 并写 __init__：每个线程第一次用到这个对象时，都会为该线程单独运行一次 __init__。
import threading


class Counter(threading.local):
    def __init__(self):
        self.count = 0
        print(f'{threading.current_thread().name}：__init__，count = 0')


counter = Counter()  # 在主线程里创建：__init__ 先为主线程运行一次
all_counted = threading.Barrier(2)


def work(times):
    for _ in range(times):
        counter.count += 1
    all_counted.wait()  # 两个线程都数完了再打印
    print(f'{threading.current_thread().name}：count = {counter.count}')


threads = [
    threading.Thread(target=work, args=(2,), name='线程A'),
    threading.Thread(target=work, args=(3,), name='线程B'),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'{threading.current_thread().name}：count = {counter.count}')
