# A Task is a Future with the Future's methods, except the two that set a result: only the task's own coroutine does that.
import asyncio


async def work():
    await asyncio.sleep(0.1)
    return 'the real result'


async def main():
    task = asyncio.create_task(work())
    print('done() before the task has run:', task.done())
    try:
        task.set_result('a forged result')
    except RuntimeError as exc:
        print('set_result():', 'RuntimeError:', exc)
    try:
        task.set_exception(ValueError('a forged error'))
    except RuntimeError as exc:
        print('set_exception():', 'RuntimeError:', exc)
    await task
    print('done(), result(), exception():', task.done(), repr(task.result()), task.exception())
    print('the loop has an ensure_future() method:', hasattr(asyncio.get_running_loop(), 'ensure_future'))

    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)  # let it start and reach its await
    print('cancel() returns:', sleeper.cancel())
    try:
        await sleeper
    except asyncio.CancelledError:
        print('cancelled() after the CancelledError:', sleeper.cancelled())


asyncio.run(main())
