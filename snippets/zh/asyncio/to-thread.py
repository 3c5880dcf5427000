# asyncio.to_thread()（3.9 起）在另一个线程里运行阻塞调用并等待它：事件循环照常运行其他任务。
import asyncio
import time


def read_sensor():
    time.sleep(1.5)  # 同一个阻塞调用，这次在工作线程里
    return 21.5


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.5)
        print(f'嘀嗒 {n}')


async def main():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # 让报时任务先开始它的第一次睡眠
    print('通过 asyncio.to_thread() 调用 read_sensor()')
    print(f'read_sensor() 返回 {await asyncio.to_thread(read_sensor)}')
    await ticks


asyncio.run(main())
