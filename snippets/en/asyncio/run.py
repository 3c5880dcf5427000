# asyncio.run(): creates an event loop, runs main() until it returns, then closes the loop.
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    print('started')
    await say_after(1, 'hello')  # awaiting a coroutine directly: wait until it is done, then go on
    await say_after(2, 'world')
    print(f'finished after {time.perf_counter() - start:.0f} s')


asyncio.run(main())
