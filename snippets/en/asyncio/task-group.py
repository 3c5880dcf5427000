# When one task fails: gather() raises but leaves the others running; a TaskGroup (3.11+) cancels them and raises an ExceptionGroup.
import asyncio


async def job(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise
    print(f'{name}: done')
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('something went wrong')


async def main():
    slow = asyncio.create_task(job('slow', 1.5))
    try:
        await asyncio.gather(job('fast', 0.5), slow, fail(1))
    except ValueError as error:
        print(f'gather() raised {error!r}; slow still running? {not slow.done()}')
    await slow
    print('--- the same three in a TaskGroup ---')
    try:
        async with asyncio.TaskGroup() as tg:
            fast = tg.create_task(job('fast', 0.5))
            slow = tg.create_task(job('slow', 1.5))
            tg.create_task(fail(1))
    except* ValueError as group:
        print(f'except* ValueError: {group!r}')
    print(f'fast result: {fast.result()}; slow cancelled? {slow.cancelled()}')


asyncio.run(main())
