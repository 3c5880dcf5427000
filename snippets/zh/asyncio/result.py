# 取得结果的办法之一：任务完成以后调用 result()。
import asyncio


async def hello1(a, b):
    print('任务 01 开始')
    await asyncio.sleep(1)
    print('任务 01 结束')
    return a + b


async def main():
    task = asyncio.create_task(hello1(10, 5))
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        print('完成之前调用 result()：InvalidStateError:', error)
    await asyncio.wait([task])  # 只等它完成，不通过 await 取值
    print('-' * 20)
    print(task.result())


asyncio.run(main())
