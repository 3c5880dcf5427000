# 线程结束时，它在 threading.local 上的属性随之清除，对象被释放；不需要谁去删除。
import threading
import weakref


class Student:
    def __init__(self, name):
        self.name = name


local = threading.local()


def handle(name):
    local.student = Student(name)
    weakref.finalize(local.student, print, f'{name}的 Student 对象被释放了')  # 对象被回收时打印
    print(f'{threading.current_thread().name}：处理{local.student.name}')


t = threading.Thread(target=handle, args=('张三',), name='线程A')
t.start()
t.join()
print('主线程：join() 返回')
