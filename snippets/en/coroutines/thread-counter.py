# Two threads each add 1 to a shared counter 10000 times: a barrier makes their first additions collide, and sleep(0) between the read and the write invites more lost updates.
import threading
import time

counter = 0
gate = threading.Barrier(2)


def add(times):
    global counter
    value = counter
    gate.wait()  # both threads have read the counter before either writes: at least one update is always lost
    counter = value + 1
    for _ in range(times - 1):
        value = counter
        time.sleep(0)  # a call: on 3.10+ (default build) another thread can get in only at calls and loop jumps
        counter = value + 1


workers = [threading.Thread(target=add, args=(10000,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print('two threads, 10000 additions each, result:', counter)
