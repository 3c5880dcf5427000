# 原文 3.7 的模板：一个 async 的 main()，用 gather() 并发运行三个协程，再逐个打印结果。
import asyncio


async def hello1(a, b):
    print('任务 01 开始')
    await asyncio.sleep(3)  # 代表一件要 3 秒的事
    print('任务 01 结束')
    return a + b


async def hello2(a, b):
    print('任务 02 开始')
    await asyncio.sleep(2)  # 要 2 秒
    print('任务 02 结束')
    return a - b


async def hello3(a, b):
    print('任务 03 开始')
    await asyncio.sleep(4)  # 要 4 秒
    print('任务 03 结束')
    return a * b


async def main():
    results = await asyncio.gather(hello1(10, 5), hello2(10, 5), hello3(10, 5))
    for result in results:
        print(result)


asyncio.run(main())
