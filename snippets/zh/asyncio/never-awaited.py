# 直接调用协程函数：函数体一行也不执行，得到的只是一个协程对象。
import asyncio


async def greet():
    print('你好')  # 没有人 await，这一行永远不会执行


coro = greet()
print(coro)
print('是协程对象吗？', asyncio.iscoroutine(coro))
# 没被 await 过的协程对象被回收时，Python 发出 RuntimeWarning
del coro
print('程序结束')
