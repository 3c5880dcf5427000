# 用字典按线程编号保存各自的学生：能用，但每次读写都要自己加锁，线程结束后条目也不会自己消失。
import threading

students = {}
students_lock = threading.Lock()
all_registered = threading.Barrier(3)


def current_student():
    with students_lock:
        return students[threading.get_ident()]


def greet():
    print(f'{threading.current_thread().name}：处理{current_student()}')


def handle(student):
    with students_lock:
        students[threading.get_ident()] = student
    all_registered.wait()  # 三个线程都登记好、都还活着，才开始处理
    greet()


names = ['张三', '李四', '王五']
threads = [threading.Thread(target=handle, args=(s,), name=f'线程{c}') for c, s in zip('ABC', names)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f'主线程：三个线程都结束了，字典里还有 {len(students)} 项')
