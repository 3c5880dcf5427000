# 三种可等待对象：协程、Task 和 Future。
import asyncio


async def add(a, b):
    await asyncio.sleep(0.5)
    return a + b


async def main():
    print('await 协程：', await add(1, 2))

    task = asyncio.create_task(add(3, 4))
    print('Task 是 Future 的子类：', isinstance(task, asyncio.Future))
    print('await Task：', await task)

    loop = asyncio.get_running_loop()
    future = loop.create_future()  # 一个空的 Future：谁给它设置结果，等待它的人就拿到什么
    loop.call_later(0.5, future.set_result, '由回调填入的结果')
    print('await Future：', await future)


asyncio.run(main())
