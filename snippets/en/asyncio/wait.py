# wait(): waits for a group of tasks, returning when return_when says; gives two sets (done, pending) and never raises on timeout.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    tasks = [asyncio.create_task(job(name, delay), name=name) for name, delay in [('A', 0.5), ('B', 1), ('C', 1.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED: done', names(done), 'pending', names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.7)
    print('timeout=0.7: done', names(done), 'pending', names(pending))
    done, pending = await asyncio.wait(pending)  # ALL_COMPLETED by default
    print('ALL_COMPLETED: done', names(done), 'pending', names(pending))
    print('results:', [task.result() for task in tasks])


asyncio.run(main())
