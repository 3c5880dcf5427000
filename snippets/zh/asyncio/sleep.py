# asyncio.sleep() 只让当前任务睡；time.sleep() 让整个线程睡，事件循环也跟着停下。
import asyncio
import time


async def nap(name, blocking):
    if blocking:
        time.sleep(1)
    else:
        await asyncio.sleep(1)
    print(name, '醒了')


async def main():
    start = time.perf_counter()
    await asyncio.gather(nap('A', False), nap('B', False))
    print(f'两个任务各 asyncio.sleep(1)：共 {time.perf_counter() - start:.0f} 秒')
    start = time.perf_counter()
    await asyncio.gather(nap('C', True), nap('D', True))
    print(f'两个任务各 time.sleep(1)：共 {time.perf_counter() - start:.0f} 秒')
    print(await asyncio.sleep(0.5, result='result 参数的值'))


asyncio.run(main())
