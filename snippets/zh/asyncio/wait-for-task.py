# wait_for() 把交给它的协程放在哪个任务里运行？
import asyncio

# asyncio.current_task() 是 3.7 新增的；3.6 只有类方法 Task.current_task()
current_task = getattr(asyncio, 'current_task', None) or asyncio.Task.current_task


async def job():
    await asyncio.sleep(0.1)
    return current_task()


async def main():
    outer = current_task()
    inner = await asyncio.wait_for(job(), timeout=1)
    print('带超时时，协程在等待它的那个任务里运行：', inner is outer)
    inner = await asyncio.wait_for(job(), timeout=None)
    print('timeout=None 时，协程在等待它的那个任务里运行：', inner is outer)


loop = asyncio.new_event_loop()  # asyncio.run() 是 3.7 新增的
loop.run_until_complete(main())
loop.close()
