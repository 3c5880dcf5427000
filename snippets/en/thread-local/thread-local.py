# threading.local(): one global object, yet each thread sees its own attributes on it.
import threading

local = threading.local()
all_registered = threading.Barrier(3)


def greet():
    print(f'{threading.current_thread().name}: handling {local.student}')


def handle(student):
    local.student = student  # set for the current thread only
    all_registered.wait()  # read only once all three have set it, as in the dict example above
    greet()


names = ['Alice', 'Bob', 'Carol']
threads = [threading.Thread(target=handle, args=(s,), name=f'thread-{c}') for c, s in zip('ABC', names)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"main: hasattr(local, 'student') = {hasattr(local, 'student')}")
