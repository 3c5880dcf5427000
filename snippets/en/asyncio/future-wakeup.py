# set_result() does not run the coroutine awaiting the Future: it only schedules it, and it resumes on a later turn of the loop.
import asyncio


async def waiter(future):
    print('waiter: waiting for the Future')
    print('waiter: woke up with', await future)


async def main():
    future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(future))
    await asyncio.sleep(0)  # give way once, so the waiter starts and waits
    future.set_result('the result')
    print('main: set_result() returned; Future done?', future.done(), '| waiter done?', task.done())
    await asyncio.sleep(0)  # give way once more: now the waiter runs
    print('main: after one more turn of the loop, waiter done?', task.done())


asyncio.run(main())
