# Every signature the chapter lists has loop=None; that parameter was deprecated in 3.8 and removed in 3.10.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    print('passing loop, as in the chapter:')
    await asyncio.sleep(1, loop=loop)


asyncio.run(main())
