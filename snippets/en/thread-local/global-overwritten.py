# One global variable for "the current student": as soon as thread B assigns it, thread A's student is overwritten.
import threading
import time

current_student = None


def greet():
    print(f'{threading.current_thread().name}: handling {current_student}')


def handle(student, arrive):
    global current_student
    time.sleep(arrive)
    current_student = student
    print(f'{threading.current_thread().name}: current_student = {student}')
    time.sleep(1)  # something else first; meanwhile the other thread assigns the global too
    greet()


a = threading.Thread(target=handle, args=('Alice', 0), name='thread-A')
b = threading.Thread(target=handle, args=('Bob', 0.5), name='thread-B')
a.start()
b.start()
a.join()
b.join()
