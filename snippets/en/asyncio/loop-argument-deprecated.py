# Three calls with loop=: 3.8 warns only for the last, 3.9 for all three, and since 3.10 the first is already a TypeError.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.gather(task, loop=loop)
        print('gather(task, loop=loop): accepted')
        await asyncio.sleep(0, loop=loop)
        print('sleep(0, loop=loop): accepted')
        await asyncio.sleep(0.01, loop=loop)
        print('sleep(0.01, loop=loop): accepted')
    except TypeError as error:
        print('TypeError:', error)


asyncio.run(main())
