# Tasks and the loop are not thread-safe: another thread hands work to the loop with run_coroutine_threadsafe() or call_soon_threadsafe().
import asyncio
import concurrent.futures
import threading


async def add(a, b):
    await asyncio.sleep(0.1)
    return a + b


def worker(loop, task):
    try:
        loop.call_soon(task.cancel)  # what task.cancel() itself would do inside: not allowed from this thread
    except RuntimeError as exc:
        print('loop.call_soon() from another thread:', 'RuntimeError:', exc)
    future = asyncio.run_coroutine_threadsafe(add(2, 3), loop)
    print('run_coroutine_threadsafe() returns a concurrent.futures.Future:', isinstance(future, concurrent.futures.Future))
    print('the thread blocks on its result:', future.result(timeout=5))
    loop.call_soon_threadsafe(task.cancel)  # the loop runs task.cancel() in its own thread


async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 10  # debug mode also reports slow steps; only its thread check matters here
    task = asyncio.create_task(asyncio.sleep(3600))
    threading.Thread(target=worker, args=(loop, task)).start()
    try:
        await task
    except asyncio.CancelledError:
        print('the task, cancelled through call_soon_threadsafe():', task.cancelled())


asyncio.run(main(), debug=True)  # debug mode checks which thread calls the loop
