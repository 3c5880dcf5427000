# 取得结果的办法之二：add_done_callback() 注册回调，任务完成时事件循环调用它，并把任务传进去。
import asyncio


async def hello1(a, b):
    print('任务 01 开始')
    await asyncio.sleep(1)
    print('任务 01 结束')
    return a + b


def callback(future):
    print(future.result())


async def main():
    task = asyncio.create_task(hello1(10, 5))
    task.add_done_callback(callback)
    task.add_done_callback(lambda future: print('回调收到的就是这个任务：', future is task))
    await task


asyncio.run(main())
