# loop.run_in_executor()：在默认线程池里运行一个阻塞函数，返回一个可以 await 的 asyncio Future。
import asyncio
import threading
import time


def blocking_read(seconds):
    time.sleep(seconds)  # 代表一个会阻塞的调用，比如读文件、发同步的 HTTP 请求
    return threading.current_thread() is not threading.main_thread()


async def tick():
    for n in range(2):
        await asyncio.sleep(0.5)
        print('事件循环照常运转：第', n + 1, '次')


async def main():
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, blocking_read, 1.5)  # None：循环默认的 ThreadPoolExecutor
    print('run_in_executor() 返回 asyncio.Future：', isinstance(future, asyncio.Future))
    print('而不是 Task：', not isinstance(future, asyncio.Task))
    ticker = asyncio.create_task(tick())
    print('blocking_read() 在另一个线程里运行：', await future)
    await ticker


asyncio.run(main())
