# In which task does wait_for() run the coroutine it is given?
import asyncio

# asyncio.current_task() is new in 3.7; 3.6 has only the class method Task.current_task()
current_task = getattr(asyncio, 'current_task', None) or asyncio.Task.current_task


async def job():
    await asyncio.sleep(0.1)
    return current_task()


async def main():
    outer = current_task()
    inner = await asyncio.wait_for(job(), timeout=1)
    print('with a timeout, the coroutine runs in the awaiting task:', inner is outer)
    inner = await asyncio.wait_for(job(), timeout=None)
    print('with timeout=None, the coroutine runs in the awaiting task:', inner is outer)


loop = asyncio.new_event_loop()  # asyncio.run() is new in 3.7
loop.run_until_complete(main())
loop.close()
