# current_task() returns the task that is running; all_tasks() returns every task not yet done.
import asyncio


async def worker(delay):
    me = asyncio.current_task()
    print(me.get_name(), 'starts')
    await asyncio.sleep(delay)
    print(me.get_name(), 'ends')


def names(tasks):
    return sorted(task.get_name() for task in tasks)


def in_callback():
    print('current_task() in a callback:', asyncio.current_task())


async def main():
    print('the task main() runs in:', asyncio.current_task().get_name())
    first = asyncio.create_task(worker(1), name='worker1')
    second = asyncio.create_task(worker(2), name='worker2')
    await asyncio.sleep(0)  # give way once, so both workers start
    print('tasks not yet done:', names(asyncio.all_tasks()))
    await first
    print('after worker1 is done:', names(asyncio.all_tasks()))
    await second
    asyncio.get_running_loop().call_soon(in_callback)  # a callback belongs to no task
    await asyncio.sleep(0)


asyncio.run(main())
try:
    asyncio.current_task()
except RuntimeError as error:
    print('outside the event loop: RuntimeError:', error)
