# 原文“3.7 之前”的模板：把一组协程对象直接交给 asyncio.wait()。
import asyncio


async def get_url():
    await asyncio.sleep(1)  # 代表一次网络请求
    return '网页'


if __name__ == '__main__':
    loop = asyncio.new_event_loop()  # 原文用 get_event_loop()，问题见“事件循环”一节
    coros = [get_url() for i in range(10)]
    try:
        loop.run_until_complete(asyncio.wait(coros))
    finally:
        for coro in coros:
            coro.close()  # 这些协程从没开始运行：关掉它们，免得退出时再多一条警告
        loop.close()
