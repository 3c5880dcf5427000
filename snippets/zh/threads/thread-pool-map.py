# 线程池在自己启动、反复使用的线程上运行任务；map() 按输入的顺序返回结果。
from concurrent.futures import ThreadPoolExecutor
import time


def download(name, seconds):
    time.sleep(seconds)
    print(f'{name}：{seconds} 秒后下载完成')
    return f'{name}（{seconds} 秒）'


names = ['文件A', '文件B', '文件C']
seconds = [1.5, 0.5, 1]
with ThreadPoolExecutor(max_workers=3) as pool:
    # map() 一次提交全部任务，再按输入的顺序逐个等待结果。
    for result in pool.map(download, names, seconds):
        print(f'map() 给出：{result}')
# 离开 with 块时，等线程池里的线程做完并关闭它们。
print('主线程：线程池已关闭')
