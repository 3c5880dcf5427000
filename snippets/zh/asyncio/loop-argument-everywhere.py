# 不只是 sleep()：原文列出的高层函数，以及队列和锁，都不再接受 loop 参数。
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.sleep(0))
    attempts = [
        lambda: asyncio.gather(task, loop=loop),
        lambda: asyncio.shield(task, loop=loop),
        lambda: asyncio.wait_for(task, 1, loop=loop),
        lambda: asyncio.wait([task], loop=loop),
        lambda: asyncio.Queue(loop=loop),
        lambda: asyncio.Lock(loop=loop),
        lambda: asyncio.Event(loop=loop),
    ]
    for attempt in attempts:
        try:
            attempt()
        except TypeError as error:
            print('TypeError:', error)
    await task


asyncio.run(main())
