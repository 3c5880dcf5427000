# gather()：并发运行几个可等待对象，结果按传入的顺序排列，不按完成的顺序。
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(name, '完成')
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('出错了')


async def main():
    results = await asyncio.gather(fetch('慢', 1), fetch('快', 0.5))
    print('结果：', results)
    results = await asyncio.gather(fetch('甲', 0.5), fail(0.2), return_exceptions=True)
    print('return_exceptions=True：', results)


asyncio.run(main())
