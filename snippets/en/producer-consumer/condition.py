# threading.Condition: the guests wait until the shared dish exists; the chef sets it under the same lock and wakes every waiter.
import threading
import time

dish_ready = threading.Condition()
dish = None


def chef():
    global dish
    print('chef: cooking')
    time.sleep(1)
    with dish_ready:
        dish = 'noodles'
        print('chef: the noodles are ready, notify_all()')
        dish_ready.notify_all()


def guest(name):
    with dish_ready:
        print(f'{name}: waiting for the dish')
        # wait_for() checks the condition first and again after every wake-up; while it waits, the lock is released.
        dish_ready.wait_for(lambda: dish is not None)
        print(f'{name}: eating the {dish}')


threads = [threading.Thread(target=guest, args=(name,)) for name in ('guest-1', 'guest-2')]
threads.append(threading.Thread(target=chef))
for t in threads:
    t.start()
time.sleep(1.5)
guest('late guest')  # the dish is already there: wait_for() returns at once
for t in threads:
    t.join()
