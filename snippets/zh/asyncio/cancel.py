# Task.cancel()：请求取消任务；任务在它正在等待的 await 处收到 CancelledError。
import asyncio


async def cancel_me():
    print('cancel_me()：开始睡')
    try:
        await asyncio.sleep(3600)  # 代表一件很久才做完的事
    except asyncio.CancelledError:
        print('cancel_me()：睡眠被取消')
        raise  # 收拾完要重新抛出，任务才算被取消
    finally:
        print('cancel_me()：收尾')


async def main():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(1)
    print('main()：睡了 1 秒')
    task.cancel()  # 只是提出请求，任务下次运行时才收到异常
    try:
        await task
    except asyncio.CancelledError:
        print('main()：cancel_me 已经被取消')


asyncio.run(main())
