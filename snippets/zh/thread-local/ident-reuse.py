# 线程编号会被重复使用：新线程可能拿到已结束线程的 get_ident()，于是读到别人留在字典里的数据。
import threading

students = {}
students_lock = threading.Lock()
found = []


def handle(student):
    with students_lock:
        leftover = students.get(threading.get_ident())
        if leftover is not None:
            found.append((student, leftover))
        students[threading.get_ident()] = student  # 登记；线程结束时没有删除


for n in range(1, 1001):
    t = threading.Thread(target=handle, args=(f'学生{n}',))
    t.start()
    t.join()  # 上一个线程已经结束，才启动下一个
    if found:
        break
student, leftover = found[0]
print(f'第 {n} 个线程拿到了一个用过的编号')
print(f'它是为{student}启动的，字典里却已经有{leftover}')
