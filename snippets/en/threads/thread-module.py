# _thread is a documented low-level module; besides start_new_thread() and allocate_lock() it has these.
import _thread
import threading
import time

print('get_ident() is what threading reports:', _thread.get_ident() == threading.get_ident())
print('get_native_id() is what threading reports:', _thread.get_native_id() == threading.get_native_id())
print('stack_size() for new threads (0 = the system default):', _thread.stack_size())
print('threading.RLock() creates a', type(threading.RLock()))


def interrupter():
    time.sleep(0.2)
    _thread.interrupt_main()  # raises KeyboardInterrupt in the main thread, as Ctrl+C would


_thread.start_new_thread(interrupter, ())
try:
    time.sleep(2)
except KeyboardInterrupt:
    print('interrupt_main() from another thread: KeyboardInterrupt in the main thread')
