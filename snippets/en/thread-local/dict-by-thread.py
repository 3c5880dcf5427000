# A dict keyed by thread id, one student per thread: it works, but every access needs your own lock, and entries outlive their threads.
import threading

students = {}
students_lock = threading.Lock()
all_registered = threading.Barrier(3)


def current_student():
    with students_lock:
        return students[threading.get_ident()]


def greet():
    print(f'{threading.current_thread().name}: handling {current_student()}')


def handle(student):
    with students_lock:
        students[threading.get_ident()] = student
    all_registered.wait()  # all three registered and all alive before anyone goes on
    greet()


names = ['Alice', 'Bob', 'Carol']
threads = [threading.Thread(target=handle, args=(s,), name=f'thread-{c}') for c, s in zip('ABC', names)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'main: all three threads have ended, and the dict still holds {len(students)} entries')
