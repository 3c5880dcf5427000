# asyncio.to_thread() (3.9+) runs the blocking call in another thread and awaits it: the event loop keeps running the other tasks.
import asyncio
import time


def read_sensor():
    time.sleep(1.5)  # the same blocking call, now in a worker thread
    return 21.5


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.5)
        print(f'tick {n}')


async def main():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # let the ticker start its first sleep
    print('calling read_sensor() through asyncio.to_thread()')
    print(f'read_sensor() returned {await asyncio.to_thread(read_sensor)}')
    await ticks


asyncio.run(main())
