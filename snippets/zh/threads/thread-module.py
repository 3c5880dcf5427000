# _thread 是有文档的底层模块，除了 start_new_thread() 和 allocate_lock()，还有下面这些。
import _thread
import threading
import time

print('get_ident() 和 threading 给出的一致：', _thread.get_ident() == threading.get_ident())
print('get_native_id() 和 threading 给出的一致：', _thread.get_native_id() == threading.get_native_id())
print('新线程的 stack_size()（0 表示系统默认）：', _thread.stack_size())
print('threading.RLock() 创建的是', type(threading.RLock()))


# 主线程进入 try 之后才放开这把锁：中断如果来得更早，程序会带着 traceback 结束；
# 机器一忙，睡多久都可能让这种事发生。
inside_try = _thread.allocate_lock()
inside_try.acquire()


def interrupter():
    with inside_try:  # 等主线程放开
        _thread.interrupt_main()  # 在主线程里抛出 KeyboardInterrupt，和按下 Ctrl+C 一样


_thread.start_new_thread(interrupter, ())
try:
    inside_try.release()
    while True:  # 一直等着，就像要按 Ctrl+C 才停的程序
        time.sleep(0.05)  # 中断在 sleep 返回时才抛出，不会把正在进行的 sleep 打断
except KeyboardInterrupt:
    print('另一个线程调用 interrupt_main()：主线程收到 KeyboardInterrupt')
