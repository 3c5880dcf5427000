# 有一个任务出错时：gather() 抛出异常，却让其余任务继续运行；TaskGroup（3.11 起）会取消它们，并抛出 ExceptionGroup。
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name}：被取消')
        raise
    print(f'{name}：完成')
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('出错了')


async def main():
    slow = asyncio.create_task(job('慢任务', 1.5))
    try:
        await asyncio.gather(job('快任务', 0.5), slow, fail(1))
    except ValueError as error:
        print(f'gather() 抛出 {error!r}；慢任务还在运行吗？ {not slow.done()}')
    await slow
    print('--- 同样三个任务放进 TaskGroup ---')
    try:
        async with asyncio.TaskGroup() as tg:
            fast = tg.create_task(job('快任务', 0.5))
            slow = tg.create_task(job('慢任务', 1.5))
            tg.create_task(fail(1))
    except* ValueError as group:
        print(f'except* ValueError：{group!r}')
    print(f'快任务的结果：{fast.result()}；慢任务被取消了吗？ {slow.cancelled()}')


asyncio.run(main())
