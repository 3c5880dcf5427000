# threading.Thread(target=function, args=tuple): start() calls the function in a new thread.
import threading
import time


def download(name, seconds):
    print(f'{name}: download started')
    time.sleep(seconds)
    print(f'{name}: download finished ({seconds} s)')


print('main: creating two threads')
t1 = threading.Thread(target=download, args=('file-A', 2))
t2 = threading.Thread(target=download, args=('file-B', 4))
t1.start()
t2.start()
# Main's code ends here; the process still waits for both (non-daemon) threads before exiting.
print('main: reached the end of its code')
