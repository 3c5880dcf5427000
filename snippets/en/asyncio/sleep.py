# asyncio.sleep() puts only the current task to sleep; time.sleep() puts the whole thread to sleep, event loop included.
import asyncio
import time


async def nap(name, blocking):
    if blocking:
        time.sleep(1)
    else:
        await asyncio.sleep(1)
    print(name, 'woke up')


async def main():
    start = time.perf_counter()
    await asyncio.gather(nap('A', False), nap('B', False))
    print(f'two tasks, asyncio.sleep(1) each: {time.perf_counter() - start:.0f} s in all')
    start = time.perf_counter()
    await asyncio.gather(nap('C', True), nap('D', True))
    print(f'two tasks, time.sleep(1) each: {time.perf_counter() - start:.0f} s in all')
    print(await asyncio.sleep(0.5, result='the value of result'))


asyncio.run(main())
