# 协程能做的事：await 一个 Future、协程或 Task 并取得结果；返回一个值；抛出一个异常。
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2  # return：运行这个协程的那个 await 的值


async def refuse():
    await asyncio.sleep(0.1)
    raise ValueError('不了，谢谢')  # raise：异常从 await 处冒出来


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, '稍后填入的结果')
    print('await Future：', await future)
    print('await 协程：', await double(3))
    task = asyncio.create_task(double(4))
    print('await Task：', await task)
    try:
        await refuse()
    except ValueError as exc:
        print('协程抛出的异常：', repr(exc))


asyncio.run(main())
