# The same two threads, but main waits 1 s only: when the process exits, _thread threads are killed.
import _thread
import time


def boil_water():
    print('kettle: on')
    time.sleep(4)
    print('kettle: boiled (4 s)')


def wash_cups():
    print('cups: washing')
    time.sleep(2)
    print('cups: clean (2 s)')


print('main: starting two threads')
_thread.start_new_thread(boil_water, ())
_thread.start_new_thread(wash_cups, ())
time.sleep(1)
print('main: slept only 1 s, exiting')
