# Threads of one process share its globals: when one thread changes num, the other reads the new value.
import threading
import time

num = 10


def add_three():
    global num  # assigning to a global needs the global statement
    for _ in range(3):
        time.sleep(0.1)  # add slowly, so that waiting or not waiting shows in the timing
        num += 1
    print('adder: num =', num)


def read_num():
    # reading only: no global statement needed
    print('reader: num =', num)


adder = threading.Thread(target=add_three)
reader = threading.Thread(target=read_num)
adder.start()
adder.join()  # the reader starts only once the adder has finished
reader.start()
reader.join()
print('main: num =', num)
