# current_task() 返回正在运行的任务，all_tasks() 返回所有还没完成的任务。
import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(me.get_name(), '开始')
    await asyncio.sleep(delay)
    print(me.get_name(), '结束')


def names(tasks):
    return sorted(task.get_name() for task in tasks)


def in_callback():
    print('回调里的 current_task()：', asyncio.current_task())


async def main():
    print('main() 所在的任务：', asyncio.current_task().get_name())
    first = asyncio.create_task(worker(1), name='工人1')
    second = asyncio.create_task(worker(2), name='工人2')
    await asyncio.sleep(0)  # 让出一次，两个工人开始运行
    print('还没完成的任务：', names(asyncio.all_tasks()))
    await first
    print('工人1 完成后：', names(asyncio.all_tasks()))
    await second
    asyncio.get_running_loop().call_soon(in_callback)  # 回调不属于任何任务
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as error:
    print('事件循环之外：RuntimeError:', error)
