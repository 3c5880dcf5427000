# 仿照原文链接的程序：消费者把“队列空了”当成“吃完了”。生产者比它慢时，它会提前收工。
import queue
import threading
import time

steamer = queue.Queue()


def producer():
    for batch in range(3):
        steamer.put(f'包子-{2 * batch}')
        steamer.put(f'包子-{2 * batch + 1}')
        print(f'生产者：第 {batch + 1} 笼蒸好了，队列里有 {steamer.qsize()} 个')
        time.sleep(1)
    print('生产者：生产完了！')


def consumer():
    while True:
        if steamer.qsize() > 0:
            print(f'消费者：我吃了{steamer.get()}')
        else:
            print('消费者：消费完了！')  # 只是暂时空了，生产者还没做完
            break
        time.sleep(0.1)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
time.sleep(0.3)  # 原文也是让消费者晚一点启动
c.start()
p.join()
c.join()
print(f'主线程：队列里还剩 {steamer.qsize()} 个，没人吃')
