# 原文提到的 3.4 写法：@asyncio.coroutine 装饰的生成器，用 yield from 等待。
# 3.8 起弃用，3.11 删除；今天要写成 async def 与 await。
import asyncio


@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(0.1)
    return '旧写法完成'


print(asyncio.run(old_style()))
