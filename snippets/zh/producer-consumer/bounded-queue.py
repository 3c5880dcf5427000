# 有界队列：笼屉最多放 2 个包子。生产者做得快，消费者每个要吃 0.5 秒；笼屉满了，put() 就等着。
import queue
import threading
import time

DONE = None  # 哨兵：放在最后，告诉消费者不会再有了
steamer = queue.Queue(maxsize=2)


def producer():
    for n in range(1, 6):
        steamer.put(f'包子{n}')  # 笼屉满时停在这里，直到消费者取走一个
        print(f'生产者：放入包子{n}')
    steamer.put(DONE)
    print('生产者：放入结束标记')


def consumer():
    while True:
        item = steamer.get()  # 笼屉空时停在这里，直到有新的包子
        if item is DONE:
            break
        time.sleep(0.5)
        print(f'消费者：吃完{item}')
    print('消费者：拿到结束标记，收工')


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
