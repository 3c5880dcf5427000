# 原文的写法：在模块顶层用 get_event_loop() 取得循环，再用它运行协程。
import asyncio


async def main():
    await asyncio.sleep(0.5)
    print('协程运行完毕')


# 此时既没有正在运行的循环，也没有设置过当前循环
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
print('循环已关闭')
