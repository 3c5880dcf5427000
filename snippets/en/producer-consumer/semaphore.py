# Two semaphores that start at 0: A stops, signals B to run, and goes on once B has handed back its result.
import threading
import time

b_may_run = threading.Semaphore(0)
result_ready = threading.Semaphore(0)
result = None


def thread_a():
    print('A: first half done, I need a number from B')
    b_may_run.release()  # count 0 -> 1: lets B through
    result_ready.acquire()  # count is 0: waits until B releases it
    print(f'A: got {result} from B, carrying on')


def thread_b():
    global result
    b_may_run.acquire()
    print('B: my turn, computing')
    time.sleep(1)
    result = 42
    print('B: result ready, handing it to A')
    result_ready.release()


threads = [threading.Thread(target=thread_b), threading.Thread(target=thread_a)]
for t in threads:
    t.start()
for t in threads:
    t.join()
