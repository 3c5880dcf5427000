# task_done() and join(): the main thread puts tasks in, then join() waits until every one has been dealt with.
import queue
import threading
import time

tasks = queue.Queue()


def worker():
    while True:
        n = tasks.get()
        time.sleep(0.5)
        print(f'worker: task {n} done')
        tasks.task_done()  # every task taken out is reported once it is finished


# A daemon thread: it waits in get() for a next task that never comes, and goes when the process exits
threading.Thread(target=worker, daemon=True).start()
for n in range(1, 4):
    tasks.put(n)
print('main: put in 3 tasks, waiting for them')
tasks.join()  # returns once every put() has its task_done()
print('main: join() returned, all done')
