# A blocking call made directly in a coroutine freezes the event loop: the ticker cannot tick until it returns.
import asyncio
import time


def read_sensor():
    time.sleep(1.5)  # stands for any blocking call: a file read, a database driver, requests.get() ...
    return 21.5


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.5)
        print(f'tick {n}')


async def main():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # let the ticker start its first sleep
    print('calling read_sensor() directly')
    print(f'read_sensor() returned {read_sensor()}')
    await ticks


asyncio.run(main())
