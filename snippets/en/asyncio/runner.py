# asyncio.Runner (3.11+): several run() calls share one event loop, closed only when the with block ends.
import asyncio


async def background():
    print('background task: started')
    try:
        await asyncio.sleep(0.5)
    except asyncio.CancelledError:
        print('background task: cancelled while sleeping')
        raise
    print('background task: done')


async def start_background():
    return asyncio.create_task(background())  # create the task, but do not wait for it


async def running_loop():
    return asyncio.get_running_loop()


with asyncio.Runner() as runner:
    task = runner.run(start_background())
    print('first run() returned; background task done?', task.done())
    runner.run(asyncio.sleep(1))  # the same loop runs again, and the background task carries on
    print('second run() returned; background task done?', task.done())
    print('every run() uses the same loop:', runner.run(running_loop()) is runner.get_loop())

task = asyncio.run(start_background())  # when asyncio.run() ends it cancels tasks that are not done
print('asyncio.run() returned; background task cancelled?', task.cancelled())
