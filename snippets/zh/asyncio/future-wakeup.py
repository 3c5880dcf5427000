# set_result() 并不当场运行等待这个 Future 的协程，只是把它排进队列，它要到事件循环后面的某一轮才继续执行。
import asyncio


async def waiter(future):
    print('等待者：开始等待 Future')
    print('等待者：醒来，拿到', await future)


async def main():
    future = asyncio.get_running_loop().create_future()
    task = asyncio.create_task(waiter(future))
    await asyncio.sleep(0)  # 让出一次，等待者开始运行并停在 await 上
    future.set_result('结果')
    print('main：set_result() 已返回；Future 完成了吗？', future.done(), '| 等待者完成了吗？', task.done())
    await asyncio.sleep(0)  # 再让出一次，这时等待者才运行
    print('main：事件循环又转了一轮，等待者完成了吗？', task.done())


asyncio.run(main())
