# asyncio.Queue: producer and consumer are coroutines in one event loop; put() and get() are awaited, and wait without blocking the thread.
import asyncio


async def producer(queue):
    for n in range(1, 5):
        await queue.put(f'bun {n}')  # waits here while the steamer is full
        print(f'producer: put in bun {n}')


async def consumer(queue):
    while True:
        bun = await queue.get()
        await asyncio.sleep(0.5)  # eating takes 0.5 s
        print(f'consumer: ate {bun}')
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    eater = asyncio.create_task(consumer(queue))
    await producer(queue)
    await queue.join()  # until every bun put in has been reported done
    print('main: join() returned, every bun eaten')
    eater.cancel()  # the consumer is waiting in get() for a bun that will never come


asyncio.run(main())
