# While an event loop is running, asyncio.run() cannot be called again.
import asyncio


async def inner():
    await asyncio.sleep(0.5)
    return 'the inner result'


async def main():
    coro = inner()
    try:
        asyncio.run(coro)  # inside a coroutine: this thread's event loop is running
    except RuntimeError as error:
        print('RuntimeError:', error)
    print('inside a coroutine, just await it:', await coro)  # untouched above, so it runs normally now


asyncio.run(main())
