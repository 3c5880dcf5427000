# 同步非阻塞：普通水壶不会叫人，老王看一会儿电视，就跑去厨房查看一次。
import time

BOIL = 1.0  # 水烧开要 1 秒
EPISODE = 1.5  # 一集电视 1.5 秒
SCENE = 0.3  # 每看 0.3 秒电视就起身
TRIP = 0.1  # 去一趟厨房要 0.1 秒


class Kettle:
    """普通水壶：只有状态可以查，水开了也不会通知任何人。"""

    def __init__(self):
        self.ready_at = time.monotonic() + BOIL  # 火自己在烧，不用人守着

    def boiled(self):
        return time.monotonic() >= self.ready_at  # 非阻塞：立刻回答“开了没有”


kettle = Kettle()
print('老王：放上普通水壶，去客厅看电视')
watched = 0.0
trips = 0
while True:
    time.sleep(SCENE)  # 看电视
    watched += SCENE
    time.sleep(TRIP)  # 走到厨房
    trips += 1
    if kettle.boiled():  # 同步：结果要老王自己去取
        print(f'第 {trips} 次去厨房：开了，拿下水壶')
        break
    print(f'第 {trips} 次去厨房：还没开')
time.sleep(EPISODE - watched)
print(f'老王：看完一集，为这壶水跑了 {trips} 趟厨房')
