# 原文表格里的 getName()/setName() 与模块函数 currentThread()/activeCount()：
# 3.10 起仍可调用，但每次都会发出 DeprecationWarning。
import threading

t = threading.Thread(target=print, name='旧名字')
print(t.getName())
t.setName('新名字')
print(t.name)
print(threading.currentThread().name)
print(threading.activeCount())
