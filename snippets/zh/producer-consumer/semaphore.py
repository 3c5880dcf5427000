# 两个从 0 开始的信号量：A 停下来，示意 B 运行，等 B 把结果交回来再继续。
import threading
import time

b_may_run = threading.Semaphore(0)
result_ready = threading.Semaphore(0)
result = None


def thread_a():
    print('A：前一半做完了，需要 B 算一个数')
    b_may_run.release()  # 计数 0 -> 1：放 B 过去
    result_ready.acquire()  # 计数是 0：等 B 来 release
    print(f'A：从 B 那里拿到 {result}，继续往下做')


def thread_b():
    global result
    b_may_run.acquire()
    print('B：轮到我了，开始计算')
    time.sleep(1)
    result = 42
    print('B：结果算好了，交给 A')
    result_ready.release()


threads = [threading.Thread(target=thread_b), threading.Thread(target=thread_a)]
for t in threads:
    t.start()
for t in threads:
    t.join()
