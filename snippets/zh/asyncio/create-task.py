# create_task()：把协程包装成任务交给事件循环，几个任务的等待就能重叠。
import asyncio
import time


async def say_after(delay, what):
    print(f'{what}：开始等 {delay} 秒')
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    task1 = asyncio.create_task(say_after(1, '你好'))
    task2 = asyncio.create_task(say_after(2, '世界'))
    print('两个任务已创建，还没有开始运行')
    await task1  # main 在这里让出，两个任务才开始运行
    await task2
    print(f'结束，用时 {time.perf_counter() - start:.0f} 秒')


asyncio.run(main())
