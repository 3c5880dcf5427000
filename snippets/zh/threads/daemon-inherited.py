# 新线程的守护标志默认跟创建它的线程一样，而不是一律为 False。
import threading


def report(label):
    print(label, 'daemon =', threading.current_thread().daemon)


def parent():
    report('守护线程本身：')
    child = threading.Thread(target=report, args=('它创建的子线程：',))
    child.start()
    child.join()


print('主线程：daemon =', threading.main_thread().daemon)
t = threading.Thread(target=report, args=('主线程创建的子线程：',))
t.start()
t.join()
p = threading.Thread(target=parent, daemon=True)
p.start()
p.join()
