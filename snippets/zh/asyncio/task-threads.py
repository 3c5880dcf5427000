# 任务和事件循环都不是线程安全的：别的线程要用 run_coroutine_threadsafe() 或 call_soon_threadsafe() 把事情交给循环。
import asyncio
import concurrent.futures
import threading


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def worker(loop, task):
    try:
        loop.call_soon(task.cancel)  # task.cancel() 内部做的就是这件事：不能在这个线程里做
    except RuntimeError as exc:
        print('在别的线程里调用 loop.call_soon()：', 'RuntimeError:', exc)
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('run_coroutine_threadsafe() 返回 concurrent.futures.Future：', isinstance(future, concurrent.futures.Future))
    print('线程阻塞着等它的结果：', future.result(timeout=5))
    loop.call_soon_threadsafe(task.cancel)  # 由循环在它自己的线程里调用 task.cancel()


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 10  # 调试模式还会报告慢的步骤；这里只需要它检查线程
    task = asyncio.create_task(asyncio.sleep(3600))
    threading.Thread(target=worker, args=(loop, task)).start()
    try:
        await task
    except asyncio.CancelledError:
        print('经 call_soon_threadsafe() 取消的任务：', task.cancelled())


asyncio.run(main(), debug=True)  # 调试模式会检查是哪个线程在调用循环
