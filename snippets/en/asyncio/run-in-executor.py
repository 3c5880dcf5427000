# loop.run_in_executor(): runs a blocking function in the default thread pool and returns an asyncio Future to await.
import asyncio
import threading
import time


def blocking_read(seconds):
    time.sleep(seconds)  # stands for a blocking call, such as reading a file or a synchronous HTTP request
    return threading.current_thread() is not threading.main_thread()


async def tick():
    for n in range(2):
        await asyncio.sleep(0.5)
        print('the event loop keeps going: tick', n + 1, 'of 2')


async def main():
    loop = asyncio.get_running_loop()
    future = loop.run_in_executor(None, blocking_read, 1.5)  # None: the loop's default ThreadPoolExecutor
    print('run_in_executor() returns an asyncio.Future:', isinstance(future, asyncio.Future))
    print('and not a Task:', not isinstance(future, asyncio.Task))
    ticker = asyncio.create_task(tick())
    print('blocking_read() ran in another thread:', await future)
    await ticker


asyncio.run(main())
