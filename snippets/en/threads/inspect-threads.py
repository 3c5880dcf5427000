# current_thread(), enumerate() and active_count(): two workers wait on an Event, so the counts are fixed.
import threading

started = threading.Barrier(3)
release = threading.Event()


def worker():
    started.wait()
    release.wait()


workers = [threading.Thread(target=worker, name='worker-{}'.format(i)) for i in (1, 2)]
print('current_thread():', threading.current_thread().name)
print('before start, active_count():', threading.active_count())
for w in workers:
    w.start()
started.wait()
print('while running, active_count():', threading.active_count())
print('names in enumerate():', sorted(t.name for t in threading.enumerate()))
release.set()
for w in workers:
    w.join()
print('after join, active_count():', threading.active_count())
