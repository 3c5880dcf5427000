# The three kinds of awaitable: coroutines, Tasks and Futures.
import asyncio


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


async def main():
    print('await a coroutine:', await add(1, 2))

    task = asyncio.create_task(add(3, 4))
    print('a Task is a Future:', isinstance(task, asyncio.Future))
    print('await a Task:', await task)

    loop = asyncio.get_running_loop()
    future = loop.create_future()  # an empty Future: whatever result someone sets is what its awaiter gets
    loop.call_later(0.5, future.set_result, 'a result set by a callback')
    print('await a Future:', await future)


asyncio.run(main())
