# Thread ids are recycled: a new thread may get the get_ident() of a thread that has ended, and read what that one left in the dict.
import threading

students = {}
students_lock = threading.Lock()
found = []


def handle(student):
    with students_lock:
        leftover = students.get(threading.get_ident())
        if leftover is not None:
            found.append((student, leftover))
        students[threading.get_ident()] = student  # registered; never removed when the thread ends


for n in range(1, 1001):
    t = threading.Thread(target=handle, args=(f'student-{n}',))
    t.start()
    t.join()  # the previous thread has ended before the next one starts
    if found:
        break
student, leftover = found[0]
print(f'thread number {n} got an id that had been used before')
print(f'it was started for {student}, yet the dict already held {leftover}')
