# threading.Thread(target=函数, args=元组)：创建线程对象，start() 后在新线程里调用函数。
import threading
import time


def download(name, seconds):
    print(f'{name}：开始下载')
    time.sleep(seconds)
    print(f'{name}：下载完成（{seconds} 秒）')


print('主线程：创建两个线程')
t1 = threading.Thread(target=download, args=('文件A', 2))
t2 = threading.Thread(target=download, args=('文件B', 4))
t1.start()
t2.start()
# 主线程的代码到此为止；进程仍会等到这两个（非守护）线程结束才退出。
print('主线程：代码执行完了')
