# asyncio.run() 返回之后，主线程里的 get_event_loop() 不再新建循环。
import asyncio


async def main():
    return 'main() 已结束'


print('asyncio.run() 返回：', asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print('接着调用 get_event_loop()：RuntimeError:', error)
