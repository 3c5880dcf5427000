# asyncio.timeout() (3.11+) puts one deadline on a whole block: whatever the block is awaiting when it passes is cancelled.
import asyncio


async def step(name, delay):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f'{name}: cancelled')
        raise
    print(f'{name}: done')


async def main():
    async with asyncio.timeout(2):
        await step('step 1', 0.5)
        await step('step 2', 0.5)
    print('steps 1 and 2 fit in 2 s')
    try:
        async with asyncio.timeout(1) as deadline:
            await step('step 3', 0.5)
            await step('step 4', 1)
    except TimeoutError:
        print(f'1 s is up for the block: TimeoutError; expired(): {deadline.expired()}')


asyncio.run(main())
