# Modelled on the chapter's linked program: the consumer takes "the queue is empty" to mean "all eaten". When the producer is slower, it stops too early.
import queue
import threading
import time

steamer = queue.Queue()


def producer():
    for batch in range(3):
        steamer.put(f'bun-{2 * batch}')
        steamer.put(f'bun-{2 * batch + 1}')
        print(f'producer: batch {batch + 1} steamed, the queue holds {steamer.qsize()}')
        time.sleep(1)
    print('producer: finished producing!')


def consumer():
    while True:
        if steamer.qsize() > 0:
            print(f'consumer: I ate {steamer.get()}')
        else:
            print('consumer: finished eating!')  # the queue is only empty for now: the producer is not done
            break
        time.sleep(0.1)


p = threading.Thread(target=producer)
c = threading.Thread(target=consumer)
p.start()
time.sleep(0.3)  # the chapter's program starts its consumer a little later too
c.start()
p.join()
c.join()
print(f'main: {steamer.qsize()} buns left in the queue, nobody to eat them')
