# Both consumers see qsize() == 1, so both call get(): only one can have the bun, the other blocks.
import queue
import threading
import time

steamer = queue.Queue()
steamer.put('bun-0')
both_looked = threading.Barrier(2)


def consumer(name, delay):
    size = steamer.qsize()
    both_looked.wait()  # go on only once both consumers have looked at qsize()
    # a thread can be paused by the scheduler between looking and taking at any moment; here that pause is written out, which fixes the result
    time.sleep(delay)
    if size > 0:
        print(f'{name}: saw qsize() == {size}, calling get()')
        try:
            item = steamer.get(timeout=1)  # a get() without timeout would wait here for ever
        except queue.Empty:
            print(f'{name}: still empty after 1 s, get() raised queue.Empty')
        else:
            print(f'{name}: got {item}')


threads = [
    threading.Thread(target=consumer, args=('consumer-1', 0)),
    threading.Thread(target=consumer, args=('consumer-2', 0.5)),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
