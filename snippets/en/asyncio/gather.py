# gather(): runs several awaitables concurrently; the results come in the order given, not the order of completion.
import asyncio


async def fetch(name, delay):
    await asyncio.sleep(delay)
    print(name, 'done')
    return name


async def fail(delay):
    await asyncio.sleep(delay)
    raise ValueError('something went wrong')


async def main():
    results = await asyncio.gather(fetch('slow', 1), fetch('fast', 0.5))
    print('results:', results)
    results = await asyncio.gather(fetch('first', 0.5), fail(0.2), return_exceptions=True)
    print('return_exceptions=True:', results)


asyncio.run(main())
