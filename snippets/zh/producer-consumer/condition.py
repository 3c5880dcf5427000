# threading.Condition：客人们等到共享的那道菜做好；厨师在同一把锁下把菜放好，再叫醒所有等待的人。
import threading
import time

dish_ready = threading.Condition()
dish = None


def chef():
    global dish
    print('厨师：开始做菜')
    time.sleep(1)
    with dish_ready:
        dish = '面条'
        print('厨师：面条做好了，notify_all()')
        dish_ready.notify_all()


def guest(name):
    with dish_ready:
        print(f'{name}：等菜')
        # wait_for() 先检查一次条件，每次被唤醒后再检查；等待期间锁是释放的。
        dish_ready.wait_for(lambda: dish is not None)
        print(f'{name}：开吃{dish}')


threads = [threading.Thread(target=guest, args=(name,)) for name in ('客人1', '客人2')]
threads.append(threading.Thread(target=chef))
for t in threads:
    t.start()
time.sleep(1.5)
guest('迟到的客人')  # 菜已经在了：wait_for() 立刻返回
for t in threads:
    t.join()
