# create_task(): wrap coroutines in tasks for the event loop, so that their waits overlap.
import asyncio
import time


async def say_after(delay, what):
    print(f'{what}: waiting {delay} s')
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, 'hello'))
    task2 = asyncio.create_task(say_after(2, 'world'))
    print('two tasks created, neither has started yet')
    await task1  # main gives way here, and only now do the tasks start
    await task2
    print(f'finished after {time.perf_counter() - start:.0f} s')


asyncio.run(main())
