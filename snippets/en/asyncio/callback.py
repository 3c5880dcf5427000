# Another way: add_done_callback() registers a callback; when the task is done the loop calls it with the task.
import asyncio


async def hello1(a, b):
    print('task 01 begins')
    await asyncio.sleep(1)
    print('task 01 ends')
    return a + b


def callback(future):
    print(future.result())


async def main():
    task = asyncio.create_task(hello1(10, 5))
    task.add_done_callback(callback)
    task.add_done_callback(lambda future: print('the callback receives this very task:', future is task))
    await task


asyncio.run(main())
