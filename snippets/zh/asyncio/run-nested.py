# 事件循环已经在运行时，不能再调用 asyncio.run()。
import asyncio


async def inner():
    await asyncio.sleep(0.5)
    return '内层的结果'


async def main():
    coro = inner()
    try:
        asyncio.run(coro)  # 在协程里：这个线程的事件循环正在运行
    except RuntimeError as error:
        print('RuntimeError:', error)
    print('在协程里应当直接 await：', await coro)  # 上面没有动过它，现在照常运行


asyncio.run(main())
