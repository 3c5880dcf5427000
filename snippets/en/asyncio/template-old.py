# The chapter's "before 3.7" template: a list of coroutine objects handed straight to asyncio.wait().
import asyncio


async def get_url():
    await asyncio.sleep(1)  # stands for a network request
    return 'a page'


if __name__ == '__main__':
    loop = asyncio.new_event_loop()  # the chapter uses get_event_loop(); see the section on the event loop
    coros = [get_url() for i in range(10)]
    try:
        loop.run_until_complete(asyncio.wait(coros))
    finally:
        for coro in coros:
            coro.close()  # these coroutines never started: close them, or one more warning appears at exit
        loop.close()
