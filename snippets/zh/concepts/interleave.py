# 并发而不并行：只有一个线程，两件事轮流各走一步。
import threading


def task(name, steps):
    for i in range(1, steps + 1):
        print(f'{name}：第 {i} 步')
        yield  # 在这里让出，轮到别的任务


def round_robin(*tasks):
    """最简单的调度器：依次让每个任务走一步，直到全部做完。"""
    queue = list(tasks)
    while queue:
        current = queue.pop(0)
        try:
            next(current)
        except StopIteration:
            continue
        queue.append(current)


round_robin(task('烧水', 3), task('看电视', 2))
print('线程数：', threading.active_count())
