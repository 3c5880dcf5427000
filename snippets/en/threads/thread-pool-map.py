# A thread pool runs the jobs on threads it starts and reuses; map() returns the results in the order the inputs were given.
from concurrent.futures import ThreadPoolExecutor
import time


def download(name, seconds):
    time.sleep(seconds)
    print(f'{name}: finished after {seconds} s')
    return f'{name} ({seconds} s)'


names = ['file-A', 'file-B', 'file-C']
seconds = [1.5, 0.5, 1]
with ThreadPoolExecutor(max_workers=3) as pool:
    # map() submits every job at once, then waits for the results one by one, in input order.
    for result in pool.map(download, names, seconds):
        print(f'map() gives: {result}')
# Leaving the with block waits for the pool's threads and shuts them down.
print('main: the pool is shut down')
