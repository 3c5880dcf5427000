# 同步阻塞：普通水壶，老王站在灶台边等水开，这段时间什么也不做。
import time

BOIL = 1.0  # 水烧开要 1 秒
EPISODE = 1.5  # 一集电视 1.5 秒


def boil_water():
    """普通的函数调用：水真的开了，才把结果交回来。"""
    time.sleep(BOIL)
    return '一壶开水'


print('老王：放上普通水壶，站在旁边等')
water = boil_water()  # 同步：结果就是返回值；阻塞：等待期间老王被挂起
print('老王：拿到' + water + '，去看电视')
time.sleep(EPISODE)
print('老王：看完一集')
