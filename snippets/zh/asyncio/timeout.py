# asyncio.timeout()（3.11 起）给一整段代码设一个期限：到期时，这段代码正在等的那个操作被取消。
import asyncio


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name}：被取消')
        raise
    print(f'{name}：完成')


async def main():
    async with asyncio.timeout(2):
        await step('第 1 步', 0.5)
        await step('第 2 步', 0.5)
    print('第 1、2 步在 2 秒内做完了')
    try:
        async with asyncio.timeout(1) as deadline:
            await step('第 3 步', 0.5)
            await step('第 4 步', 1)
    except TimeoutError:
        print(f'这段代码的 1 秒到了：TimeoutError；expired()：{deadline.expired()}')


asyncio.run(main())
