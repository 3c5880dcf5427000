# current_thread()、enumerate() 与 active_count()：两个工作线程停在 Event 上，数目就是确定的。
import threading

started = threading.Barrier(3)
release = threading.Event()


def worker():
    started.wait()
    release.wait()


workers = [threading.Thread(target=worker, name='工人{}'.format(i)) for i in (1, 2)]
print('current_thread()：', threading.current_thread().name)
print('启动前 active_count()：', threading.active_count())
for w in workers:
    w.start()
started.wait()
print('运行中 active_count()：', threading.active_count())
print('enumerate() 中的名字：', sorted(t.name for t in threading.enumerate()))
release.set()
for w in workers:
    w.join()
print('结束后 active_count()：', threading.active_count())
