# 线程池里的线程做完一个任务并不结束，而是接着做下一个：上一个任务留在 local 上的值还在。
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def task(student):
    before = getattr(local, 'student', None)
    local.student = student
    return f'任务“{student}”开始时，local.student 是 {before}'


with ThreadPoolExecutor(max_workers=1) as pool:
    for line in pool.map(task, ['张三', '李四']):
        print(line)
