# After asyncio.run() has returned, get_event_loop() in the main thread no longer creates a loop.
import asyncio


async def main():
    return 'main() finished'


print('asyncio.run() returns:', asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print('then get_event_loop(): RuntimeError:', error)
