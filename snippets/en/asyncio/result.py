# One way to get a result: call result() once the task is done.
import asyncio


async def hello1(a, b):
    print('task 01 begins')
    await asyncio.sleep(1)
    print('task 01 ends')
    return a + b


async def main():
    task = asyncio.create_task(hello1(10, 5))
    try:
        task.result()
    except asyncio.InvalidStateError as error:
        print('result() before the task is done: InvalidStateError:', error)
    await asyncio.wait([task])  # only wait for it to finish; take no value from await
    print('-' * 20)
    print(task.result())


asyncio.run(main())
