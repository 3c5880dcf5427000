# task_done() 与 join()：主线程放入任务，再用 join() 等到每个任务都处理完。
import queue
import threading
import time

tasks = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        time.sleep(0.5)
        print(f'工人：第 {n} 件做完了')
        tasks.task_done()  # 每个取出的任务，做完都要报告一次


# 守护线程：它会永远停在 get() 上等下一件任务，主线程结束时随进程一起退出
threading.Thread(target=worker, daemon=True).start()
for n in range(1, 4):
    tasks.put(n)
print('主线程：放入 3 件任务，等它们做完')
tasks.join()  # 每个 put() 都有了对应的 task_done() 才返回
print('主线程：join() 返回，全部做完了')
