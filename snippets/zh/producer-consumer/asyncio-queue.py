# asyncio.Queue：生产者和消费者是同一个事件循环里的协程；put() 和 get() 要 await，等待时不阻塞线程。
import asyncio


async def producer(queue):
    for n in range(1, 5):
        await queue.put(f'包子{n}')  # 笼屉满了就在这里等
        print(f'生产者：放入包子{n}')


async def consumer(queue):
    while True:
        bun = await queue.get()
        await asyncio.sleep(0.5)  # 吃一个要 0.5 秒
        print(f'消费者：吃完{bun}')
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    eater = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()  # 等到放入的每个包子都报告吃完
    print('主协程：join() 返回，包子全吃完了')
    eater.cancel()  # 消费者正停在 get() 上，等一个永远不会来的包子


asyncio.run(main())
