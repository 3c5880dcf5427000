# wait_for(): puts a time limit on an awaitable; on timeout it cancels it and raises TimeoutError.
import asyncio


async def slow_job():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('slow_job(): cancelled')
        raise


async def main():
    print(await asyncio.wait_for(asyncio.sleep(0.5, result='done in time'), timeout=1))
    try:
        await asyncio.wait_for(slow_job(), timeout=1)
    except TimeoutError:
        print('1 s is up: TimeoutError')


asyncio.run(main())
