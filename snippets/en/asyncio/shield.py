# shield(): the wait outside is cancelled (here by a timeout), the task inside is untouched and finishes.
import asyncio


async def save():
    await asyncio.sleep(2)
    print('saved')
    return 'stored'


async def main():
    task = asyncio.create_task(save())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=1)
    except TimeoutError:
        print('waited 1 s, not waiting any longer')
    print('task cancelled?', task.cancelled())
    print('result:', await task)


asyncio.run(main())
