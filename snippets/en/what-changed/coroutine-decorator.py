# The 3.4 style the chapter mentions: a generator decorated with @asyncio.coroutine, waiting with yield from.
# Deprecated in 3.8, removed in 3.11; today write async def and await.
import asyncio


@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(0.1)
    return 'old style done'


print(asyncio.run(old_style()))
