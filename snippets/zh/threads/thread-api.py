# 今天的 Thread 接口：name 属性、is_alive()、join(timeout)。
import threading
import time


def work():
    time.sleep(1)


t = threading.Thread(target=work, name='下载器')
print('name：', t.name)
print('start() 之前 is_alive()：', t.is_alive())
t.start()
print('start() 之后 is_alive()：', t.is_alive())
# join(timeout) 最多等 timeout 秒；它总是返回 None，要靠 is_alive() 判断线程是否真的结束了。
t.join(timeout=0.3)
print('join(timeout=0.3) 返回后 is_alive()：', t.is_alive())
t.join()
print('join() 返回后 is_alive()：', t.is_alive())
