# A new thread's daemon flag defaults to that of the thread creating it, not to False.
import threading


def report(label):
    print(label, 'daemon =', threading.current_thread().daemon)


def parent():
    report('daemon parent:')
    child = threading.Thread(target=report, args=('its child:',))
    child.start()
    child.join()


print('main thread: daemon =', threading.main_thread().daemon)
t = threading.Thread(target=report, args=('child of the main thread:',))
t.start()
t.join()
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
