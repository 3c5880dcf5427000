# One thread and no preemption, yet two coroutines that take two asyncio locks in opposite orders still deadlock.
import asyncio


async def transfer(name, first, second):
    async with first:
        await asyncio.sleep(0.1)  # gives way while holding the first lock
        async with second:
            print(name, 'holds both locks')


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    tasks = [asyncio.create_task(transfer('X', lock_a, lock_b)), asyncio.create_task(transfer('Y', lock_b, lock_a))]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print('after 1 s,', len(done), 'finished and', len(pending), 'still waiting')
    print('each holds one lock and waits for the other:', lock_a.locked() and lock_b.locked())
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('cancelled, and both locks released again:', not lock_a.locked() and not lock_b.locked())


asyncio.run(main())
