# 原文提到 3.4 的写法：@asyncio.coroutine 装饰的生成器用 yield from 等待。这个装饰器在 3.11 被删除了。
import asyncio


@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(0.1)
    return '旧写法'


print(asyncio.run(old_style()))
