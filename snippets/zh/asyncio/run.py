# asyncio.run()：新建事件循环，运行 main() 直到它返回，然后关闭事件循环。
import asyncio
import time


async def say_after(delay, what):
    await asyncio.sleep(delay)
    print(what)


async def main():
    start = time.perf_counter()
    print('开始')
    await say_after(1, '你好')  # 直接 await 协程：等它做完，才往下走
    await say_after(2, '世界')
    print(f'结束，用时 {time.perf_counter() - start:.0f} 秒')


asyncio.run(main())
