# 两个消费者都看到 qsize() == 1，于是都去 get()：只有一个拿得到，另一个会阻塞。
import queue
import threading
import time

steamer = queue.Queue()
steamer.put('包子-0')
both_looked = threading.Barrier(2)


def consumer(name, delay):
    size = steamer.qsize()
    both_looked.wait()  # 两个消费者都看过 qsize() 之后才往下走
    # 线程在“看”和“拿”之间随时可能被调度器暂停；这里把这段停顿写明，让结果固定
    time.sleep(delay)
    if size > 0:
        print(f'{name}：刚才看到 qsize() == {size}，调用 get()')
        try:
            item = steamer.get(timeout=1)  # 不带 timeout 的 get() 会在这里永远等下去
        except queue.Empty:
            print(f'{name}：等了 1 秒还是空的，get() 抛出 queue.Empty')
        else:
            print(f'{name}：拿到{item}')


threads = [
    threading.Thread(target=consumer, args=('消费者1', 0)),
    threading.Thread(target=consumer, args=('消费者2', 0.5)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
