# Task.cancel(): asks a task to stop; the task gets CancelledError at the await where it is waiting.
import asyncio


async def cancel_me():
    print('cancel_me(): going to sleep')
    try:
        await asyncio.sleep(3600)  # stands for something that takes a long time
    except asyncio.CancelledError:
        print('cancel_me(): sleep cancelled')
        raise  # after cleaning up, re-raise, so that the task really counts as cancelled
    finally:
        print('cancel_me(): cleaning up')


async def main():
    task = asyncio.create_task(cancel_me())
    await asyncio.sleep(1)
    print('main(): slept 1 s')
    task.cancel()  # only a request: the task gets the exception the next time it runs
    try:
        await task
    except asyncio.CancelledError:
        print('main(): cancel_me is cancelled now')


asyncio.run(main())
