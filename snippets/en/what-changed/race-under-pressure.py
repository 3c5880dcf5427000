# Set the switch interval as low as it goes, so the interpreter asks for a thread switch as often as it can,
# then let 4 threads each do num += 1 a million times.
# 3.9 and earlier lose updates almost every time; since 3.10 a switch request is only checked at calls and
# backward jumps, so nothing interrupts the read, add and write of num += 1 (an implementation detail, not a promise).
import sys
import threading

sys.setswitchinterval(1e-6)
num = 0


def add():
    global num
    for _ in range(1_000_000):
        num += 1


threads = [threading.Thread(target=add) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('num =', num)
print('lost updates:', 4_000_000 - num)
