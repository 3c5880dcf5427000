# 原文列出的签名里都带着 loop=None；这个参数 3.8 起弃用，3.10 起删除。
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print('照原文的签名传入 loop：')
    await asyncio.sleep(1, loop=loop)


asyncio.run(main())
