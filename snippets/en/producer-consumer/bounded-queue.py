# A bounded queue: the steamer holds at most 2 buns. The producer is quick, the consumer takes 0.5 s per bun; when the steamer is full, put() waits.
import queue
import threading
import time

DONE = None  # a sentinel, put in last, to tell the consumer there is no more
steamer = queue.Queue(maxsize=2)


def producer():
    for n in range(1, 6):
        steamer.put(f'bun {n}')  # stops here while the steamer is full, until the consumer takes one
        print(f'producer: put in bun {n}')
    steamer.put(DONE)
    print('producer: put in the end marker')


def consumer():
    while True:
        item = steamer.get()  # stops here while the steamer is empty, until a new bun arrives
        if item is DONE:
            break
        time.sleep(0.5)
        print(f'consumer: ate {item}')
    print('consumer: got the end marker, stopping')


threads = [threading.Thread(target=consumer), threading.Thread(target=producer)]
for t in threads:
    t.start()
for t in threads:
    t.join()
