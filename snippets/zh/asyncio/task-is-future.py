# Task 就是 Future，Future 的方法它都有，只有设置结果的两个除外：结果只能由任务自己的协程给出。
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return '真正的结果'


async def main():
    task = asyncio.create_task(work())
    print('任务还没运行时的 done()：', task.done())
    try:
        task.set_result('伪造的结果')
    except RuntimeError as exc:
        print('set_result()：', 'RuntimeError:', exc)
    try:
        task.set_exception(ValueError('伪造的错误'))
    except RuntimeError as exc:
        print('set_exception()：', 'RuntimeError:', exc)
    await task
    print('done()、result()、exception()：', task.done(), repr(task.result()), task.exception())
    print('循环有 ensure_future() 方法吗：', hasattr(asyncio.get_running_loop(), 'ensure_future'))

    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)  # 让它开始运行，停在它的 await 处
    print('cancel() 的返回值：', sleeper.cancel())
    try:
        await sleeper
    except asyncio.CancelledError:
        print('收到 CancelledError 之后的 cancelled()：', sleeper.cancelled())


asyncio.run(main())
