# 把“读”和“写”拆开，并用 Barrier 让两个线程都读完再写：每一轮都必定丢掉一次加法。
import threading

ROUNDS = 5
num = 0
both_read = threading.Barrier(2)
both_wrote = threading.Barrier(2)


def add_one_per_round():
    global num
    for _ in range(ROUNDS):
        seen = num  # 读
        both_read.wait()  # 等另一个线程也读完：两个线程读到的是同一个值
        num = seen + 1  # 写回：两个线程写的也是同一个值
        both_wrote.wait()  # 两个都写完，才进入下一轮


threads = [threading.Thread(target=add_one_per_round) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('两个线程各加了 {} 次，应得 {}'.format(ROUNDS, 2 * ROUNDS))
print('实际 num =', num)
print('丢掉的加法：{} 次'.format(2 * ROUNDS - num))
