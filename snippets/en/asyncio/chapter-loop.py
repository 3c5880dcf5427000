# The chapter's way: get a loop with get_event_loop() at module level, then run the coroutine on it.
import asyncio


async def main():
    await asyncio.sleep(0.5)
    print('coroutine finished')


# At this point no loop is running and no current loop has been set
loop = asyncio.get_event_loop()
loop.run_until_complete(main())
loop.close()
print('loop closed')
