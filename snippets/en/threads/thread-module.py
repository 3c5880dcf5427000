# _thread is a documented low-level module; besides start_new_thread() and allocate_lock() it has these.
import _thread
import threading
import time

print('get_ident() is what threading reports:', _thread.get_ident() == threading.get_ident())
print('get_native_id() is what threading reports:', _thread.get_native_id() == threading.get_native_id())
print('stack_size() for new threads (0 = the system default):', _thread.stack_size())
print('threading.RLock() creates a', type(threading.RLock()))


# The main thread holds this lock until it is inside its try block: an interrupt that came earlier
# would end the program with a traceback, which a busy machine can make happen with any sleep.
inside_try = _thread.allocate_lock()
inside_try.acquire()


def interrupter():
    with inside_try:  # waits for the main thread's release
        _thread.interrupt_main()  # raises KeyboardInterrupt in the main thread, as Ctrl+C would


_thread.start_new_thread(interrupter, ())
try:
    inside_try.release()
    while True:  # waits, as a program that runs until Ctrl+C does
        time.sleep(0.05)  # the interrupt is raised when a sleep returns: it does not cut one short
except KeyboardInterrupt:
    print('interrupt_main() from another thread: KeyboardInterrupt in the main thread')
