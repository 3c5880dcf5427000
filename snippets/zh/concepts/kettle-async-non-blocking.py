# 异步非阻塞：老王放上响水壶就去看电视，不再查看水壶，哨声响了才起身。
import threading
import time

BOIL = 1.0  # 水烧开要 1 秒
EPISODE = 1.5  # 一集电视 1.5 秒
TRIP = 0.1  # 去一趟厨房要 0.1 秒

whistle = threading.Event()
threading.Timer(BOIL, whistle.set).start()  # 响水壶：水开时自己发出通知
print('老王：放上响水壶，去客厅看电视')
start = time.monotonic()
whistle.wait(timeout=EPISODE)  # 边看电视边听：哨声一响就起身，一集播完也会停下
watched = time.monotonic() - start
print('老王：听到哨声，去厨房拿下水壶')
time.sleep(TRIP)
print('老王：回到客厅接着看')
time.sleep(EPISODE - watched)
print('老王：看完一集，只跑了 1 趟厨房')
