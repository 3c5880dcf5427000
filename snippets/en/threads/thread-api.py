# Today's Thread API: the name attribute, is_alive(), join(timeout).
import threading
import time


def work():
    time.sleep(1)


t = threading.Thread(target=work, name='downloader')
print('name:', t.name)
print('before start(), is_alive():', t.is_alive())
t.start()
print('after start(), is_alive():', t.is_alive())
# join(timeout) waits at most timeout seconds and always returns None: ask is_alive() whether the thread ended.
t.join(timeout=0.3)
print('after join(timeout=0.3), is_alive():', t.is_alive())
t.join()
print('after join(), is_alive():', t.is_alive())
