# 同步：泡茶的线程要等烧水的线程把水烧开。Event 是两个线程之间约好的信号。
import threading
import time

water_boiled = threading.Event()


def kettle():
    print('水壶：开始烧水')
    time.sleep(1)
    print('水壶：水开了')
    water_boiled.set()  # 发出信号：在这之前，泡茶的线程一直停在 wait()


def teapot():
    print('茶壶：放好茶叶，等水开')
    water_boiled.wait()
    print('茶壶：冲水泡茶')


threads = [threading.Thread(target=teapot), threading.Thread(target=kettle)]
for t in threads:
    t.start()
for t in threads:
    t.join()
