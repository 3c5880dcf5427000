# shield()：外面的等待被取消（这里是超时），里面的任务不受影响，照样做完。
import asyncio


async def save():
    await asyncio.sleep(2)
    print('保存完成')
    return '已保存'


async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print('等了 1 秒，不再等它')
    print('任务被取消了吗？', task.cancelled())
    print('结果：', await task)


asyncio.run(main())
