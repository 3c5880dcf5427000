# 原文表格里的 isAlive() 在 Python 3.9 被删除，今天调用它会抛出 AttributeError。
import threading

t = threading.Thread(target=print)
print('is_alive()：', t.is_alive())
print('isAlive()：', t.isAlive())
