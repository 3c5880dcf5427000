# The chapter mentions the 3.4 style: a generator decorated with @asyncio.coroutine waits with yield from. The decorator was removed in 3.11.
import asyncio


@asyncio.coroutine
def old_style():
    yield from asyncio.sleep(0.1)
    return 'old style'


print(asyncio.run(old_style()))
