# asyncio.Runner（3.11 起）：多次 run() 共用一个事件循环，with 块结束时才关闭它。
import asyncio


async def background():
    print('后台任务：开始')
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print('后台任务：睡眠中被取消')
        raise
    print('后台任务：完成')


async def start_background():
    return asyncio.create_task(background())  # 只创建任务，不等它


async def running_loop():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    task = runner.run(start_background())
    print('第一次 run() 返回，后台任务完成了吗？', task.done())
    runner.run(asyncio.sleep(1))  # 同一个循环再次运行，后台任务接着执行
    print('第二次 run() 返回，后台任务完成了吗？', task.done())
    print('每次 run() 都用同一个循环：', runner.run(running_loop()) is runner.get_loop())

task = asyncio.run(start_background())  # asyncio.run() 结束时会取消还没完成的任务
print('asyncio.run() 返回，后台任务被取消了吗？', task.cancelled())
