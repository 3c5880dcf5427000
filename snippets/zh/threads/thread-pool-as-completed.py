# submit() 立即返回一个 Future；as_completed() 按完成的先后给出这些 Future，result() 会重新抛出任务里的异常。
from concurrent.futures import ThreadPoolExecutor, as_completed
import time


def download(name, seconds):
    time.sleep(seconds)
    if name == '文件C':
        raise ConnectionError('连接被重置')
    return f'{name}（{seconds} 秒）'


jobs = [('文件A', 1.5), ('文件B', 0.5), ('文件C', 1)]
with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(download, name, seconds) for name, seconds in jobs]
    print(f'submit() 立即返回了 {len(futures)} 个 Future')
    for future in as_completed(futures):
        try:
            print(f'as_completed() 给出：{future.result()}')
        except ConnectionError as error:
            print(f'as_completed() 给出一个失败的任务：{error!r}')
