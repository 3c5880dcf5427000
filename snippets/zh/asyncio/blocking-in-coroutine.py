# 在协程里直接调用阻塞函数，事件循环就被冻住：它返回之前，报时任务一下也走不了。
import asyncio
import time


def read_sensor():
    time.sleep(1.5)  # 代表任何阻塞调用：读文件、数据库驱动、requests.get()……
    return 21.5


async def ticker():
    for n in range(1, 3):
        await asyncio.sleep(0.5)
        print(f'嘀嗒 {n}')


async def main():
    ticks = asyncio.create_task(ticker())
    await asyncio.sleep(0)  # 让报时任务先开始它的第一次睡眠
    print('直接调用 read_sensor()')
    print(f'read_sensor() 返回 {read_sensor()}')
    await ticks


asyncio.run(main())
