# 三次带 loop= 的调用：3.8 只对最后一次发出警告，3.9 三次都警告，3.10 起第一次调用就是 TypeError。
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.gather(task, loop=loop)
        print('gather(task, loop=loop)：照常执行')
        await asyncio.sleep(0, loop=loop)
        print('sleep(0, loop=loop)：照常执行')
        await asyncio.sleep(0.01, loop=loop)
        print('sleep(0.01, loop=loop)：照常执行')
    except TypeError as error:
        print('TypeError:', error)


asyncio.run(main())
