# Concurrent but not parallel: one thread, two jobs taking one step each in turn.
import threading


def task(name, steps):
    for i in range(1, steps + 1):
        print(f'{name}: step {i}')
        yield  # give way here, so another job gets a turn


def round_robin(*tasks):
    """The simplest scheduler: let each job take one step in turn until all are done."""
    queue = list(tasks)
    while queue:
        current = queue.pop(0)
        try:
            next(current)
        except StopIteration:
            continue
        queue.append(current)


round_robin(task('kettle', 3), task('TV', 2))
print('threads:', threading.active_count())
