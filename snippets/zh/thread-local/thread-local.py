# threading.local()：全局只有一个对象，每个线程在它上面看到的却是自己的属性。
import threading

local = threading.local()
all_registered = threading.Barrier(3)


def greet():
    print(f'{threading.current_thread().name}：处理{local.student}')


def handle(student):
    local.student = student  # 只给当前线程设置
    all_registered.wait()  # 三个线程都设置好之后才读，和上面的字典例子一样
    greet()


names = ['张三', '李四', '王五']
threads = [threading.Thread(target=handle, args=(s,), name=f'线程{c}') for c, s in zip('ABC', names)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"主线程：hasattr(local, 'student') = {hasattr(local, 'student')}")
