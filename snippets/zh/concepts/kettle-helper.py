# 并行：老张在另一个进程里照看水壶，老王在主进程里看电视，两人同时在做事。
import multiprocessing
import time

BOIL = 1.0  # 水烧开要 1 秒
EPISODE = 1.5  # 一集电视 1.5 秒


def helper(ready_at):
    print('老张：守在灶台边')
    time.sleep(max(0.0, ready_at - time.monotonic()))  # 站着等到水开
    print('老张：水开了，拿下水壶')


if __name__ == '__main__':
    ready_at = time.monotonic() + BOIL  # 水壶此刻放上火
    zhang = multiprocessing.Process(target=helper, args=(ready_at,))
    zhang.start()
    print('老王：放上水壶交给老张，自己看电视')
    time.sleep(EPISODE)
    print('老王：看完一集，一次也没起身')
    zhang.join()
