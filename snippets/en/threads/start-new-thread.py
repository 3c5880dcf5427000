# _thread is the lowest-level thread API: functions only, no Thread object, no join().
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
# The second argument holds the positional arguments and must be a tuple; () for none.
_thread.start_new_thread(boil_water, ())
_thread.start_new_thread(wash_cups, ())
# There is no join: sleep longer than both threads, or they die when the main thread exits.
time.sleep(6)
print('main: slept 6 s, exiting')
