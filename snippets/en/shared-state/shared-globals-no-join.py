# The same program without the join() before the reader starts: the reader no longer waits for the adder.
import threading
import time

num = 10


def add_three():
    global num
    for _ in range(3):
        time.sleep(0.1)
        num += 1
    print('adder: num =', num)


def read_num():
    print('reader: num =', num)


adder = threading.Thread(target=add_three)
reader = threading.Thread(target=read_num)
adder.start()
reader.start()  # no join() first: both threads run at the same time
adder.join()
reader.join()
print('main: num =', num)
