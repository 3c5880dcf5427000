# Subclass threading.local and write __init__: it runs once for each thread, the first time that thread uses the object.
import threading


class Counter(threading.local):
    def __init__(self):
        self.count = 0
        print(f'{threading.current_thread().name}: __init__, count = 0')


counter = Counter()  # created in the main thread: __init__ runs for the main thread first
all_counted = threading.Barrier(2)


def work(times):
    for _ in range(times):
        counter.count += 1
    all_counted.wait()  # print only once both threads have counted
    print(f'{threading.current_thread().name}: count = {counter.count}')


threads = [
    threading.Thread(target=work, args=(2,), name='thread-A'),
    threading.Thread(target=work, args=(3,), name='thread-B'),
]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'{threading.current_thread().name}: count = {counter.count}')
