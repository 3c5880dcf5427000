# 获取事件循环的几个函数，实际各做了什么。
import asyncio
import threading

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print('协程之外调用 get_running_loop()：RuntimeError:', error)

loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
print('new_event_loop() 每次返回一个新循环：', loop is not other)
other.close()
print('set_event_loop(loop) 的返回值：', asyncio.set_event_loop(loop))
print('设置之后，get_event_loop() 返回的就是它：', asyncio.get_event_loop() is loop)


async def main():
    print('协程里，get_running_loop() 返回正在运行的循环：', asyncio.get_running_loop() is loop)


loop.run_until_complete(main())


def in_worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as error:
        print('子线程里调用 get_event_loop()：RuntimeError:', error)


worker = threading.Thread(target=in_worker, name='worker')
worker.start()
worker.join()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print('set_event_loop(None) 之后，主线程里调用 get_event_loop()：RuntimeError:', error)
loop.close()
