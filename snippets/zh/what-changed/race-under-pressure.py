# 把切换间隔调到最小，让解释器尽可能频繁地要求切换线程，再让 4 个线程各做 100 万次 num += 1。
# 3.9 及以前几乎每次都会丢失更新；3.10 起只在调用和循环回跳处检查切换请求，
# num += 1 的读、加、写之间不再被打断（这是实现细节，不是语言保证）。
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
print('丢失的更新：', 4_000_000 - num)
