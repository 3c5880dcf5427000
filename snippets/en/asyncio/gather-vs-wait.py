# gather() against wait(): what each returns, grouping, and what happens to the tasks on cancellation or timeout.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


def names(tasks):
    return sorted(task.result() for task in tasks)


async def main():
    results = await asyncio.gather(job('slow', 0.2), job('fast', 0.1))
    print('gather(): a list in the order passed:', results)
    tasks = [asyncio.create_task(job('slow', 0.2)), asyncio.create_task(job('fast', 0.1))]
    done, pending = await asyncio.wait(tasks)
    print('wait(): two sets, done and pending:', type(done) is set and type(pending) is set)
    print('results in done, sorted (a set has no order):', names(done), '- still pending:', len(pending))

    group_a = asyncio.gather(job('a1', 0.1), job('a2', 0.1))
    group_b = asyncio.gather(job('b1', 0.1))
    print('a gather of two groups:', await asyncio.gather(group_a, group_b))

    children = [asyncio.create_task(job('never', 10)) for _ in range(2)]
    group = asyncio.gather(*children)
    await asyncio.sleep(0.1)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print('cancelling a gather cancels its children:', [child.cancelled() for child in children])

    late = asyncio.create_task(job('late', 1))
    done, pending = await asyncio.wait([late], timeout=0.2)
    print('wait() timed out; the task is pending:', late in pending, 'cancelled:', late.cancelled())
    print('and it finishes later all the same:', await late)


asyncio.run(main())
