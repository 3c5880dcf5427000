# When a thread ends, its attributes on a threading.local are cleared and the objects freed; nobody has to delete them.
import threading
import weakref


class Student:
    def __init__(self, name):
        self.name = name


local = threading.local()


def handle(name):
    local.student = Student(name)
    weakref.finalize(local.student, print, f"{name}'s Student object has been freed")  # prints when the object is collected
    print(f'{threading.current_thread().name}: handling {local.student.name}')


t = threading.Thread(target=handle, args=('Alice',), name='thread-A')
t.start()
t.join()
print('main: join() returned')
