# A pool thread does not end after a task; it goes on to the next one, and what the last task left on the local is still there.
import threading
from concurrent.futures import ThreadPoolExecutor

local = threading.local()


def task(student):
    before = getattr(local, 'student', None)
    local.student = student
    return f'task "{student}" starts with local.student = {before}'


with ThreadPoolExecutor(max_workers=1) as pool:
    for line in pool.map(task, ['Alice', 'Bob']):
        print(line)
