# What a coroutine can do: await a Future, a coroutine or a Task for its result; return a value; raise an exception.
import asyncio


async def double(x):
    await asyncio.sleep(0.1)
    return x * 2  # return: the value of the await that ran this coroutine


async def refuse():
    await asyncio.sleep(0.1)
    raise ValueError('no, thank you')  # raise: the exception comes out of the await


async def main():
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    loop.call_later(0.1, future.set_result, 'filled in later')
    print('await a Future:', await future)
    print('await a coroutine:', await double(3))
    task = asyncio.create_task(double(4))
    print('await a Task:', await task)
    try:
        await refuse()
    except ValueError as exc:
        print('the exception a coroutine raises:', repr(exc))


asyncio.run(main())
