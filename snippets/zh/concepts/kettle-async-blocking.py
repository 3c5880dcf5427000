# 异步阻塞：响水壶开了会鸣笛，可老王还是坐在旁边等它响，什么也不做。
import threading
import time

BOIL = 1.0  # 水烧开要 1 秒
EPISODE = 1.5  # 一集电视 1.5 秒

whistle = threading.Event()
threading.Timer(BOIL, whistle.set).start()  # 响水壶：水开时自己发出通知
print('老王：放上响水壶，坐在旁边等哨声')
whistle.wait()  # 异步：结果由通知送来；阻塞：等通知时老王被挂起
print('老王：听到哨声，拿下水壶，去看电视')
time.sleep(EPISODE)
print('老王：看完一集')
