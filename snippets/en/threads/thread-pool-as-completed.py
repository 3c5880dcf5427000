# submit() returns a Future at once; as_completed() yields the futures in the order they finish, and result() re-raises a job's exception.
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def download(name, seconds):
    time.sleep(seconds)
    if name == 'file-C':
        raise ConnectionError('connection reset')
    return f'{name} ({seconds} s)'


jobs = [('file-A', 1.5), ('file-B', 0.5), ('file-C', 1)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, name, seconds) for name, seconds in jobs]
    print(f'submit() returned {len(futures)} futures at once')
    for future in as_completed(futures):
        try:
            print(f'as_completed() gives: {future.result()}')
        except ConnectionError as error:
            print(f'as_completed() gives a failed job: {error!r}')
