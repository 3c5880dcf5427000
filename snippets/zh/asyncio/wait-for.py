# wait_for()：给一个可等待对象定时限；超时就取消它，并抛出 TimeoutError。
import asyncio


async def slow_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow_job()：被取消了')
        raise


async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.5, result='按时完成'), timeout=1))
    try:
        await asyncio.wait_for(slow_job(), timeout=1)
    except TimeoutError:
        print('1 秒到了：TimeoutError')


asyncio.run(main())
