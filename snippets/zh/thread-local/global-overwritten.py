# 用一个全局变量记“当前学生”：线程B 一赋值，线程A 的学生就被覆盖了。
import threading
import time

current_student = None


def greet():
    print(f'{threading.current_thread().name}：处理{current_student}')


def handle(student, arrive):
    global current_student
    time.sleep(arrive)
    current_student = student
    print(f'{threading.current_thread().name}：current_student = {student}')
    time.sleep(1)  # 先忙点别的；这期间另一个线程也给全局变量赋了值
    greet()


a = threading.Thread(target=handle, args=('张三', 0), name='线程A')
b = threading.Thread(target=handle, args=('李四', 0.5), name='线程B')
a.start()
b.start()
a.join()
b.join()
