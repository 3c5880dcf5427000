# What the functions that get an event loop really do.
import asyncio
import threading

try:
    asyncio.get_running_loop()
except RuntimeError as error:
    print('get_running_loop() outside a coroutine: RuntimeError:', error)

loop = asyncio.new_event_loop()
other = asyncio.new_event_loop()
print('new_event_loop() returns a new loop every time:', loop is not other)
other.close()
print('set_event_loop(loop) returns:', asyncio.set_event_loop(loop))
print('once set, get_event_loop() returns that loop:', asyncio.get_event_loop() is loop)


async def main():
    print('in a coroutine, get_running_loop() returns the running loop:', asyncio.get_running_loop() is loop)


loop.run_until_complete(main())


def in_worker():
    try:
        asyncio.get_event_loop()
    except RuntimeError as error:
        print('get_event_loop() in another thread: RuntimeError:', error)


worker = threading.Thread(target=in_worker, name='worker')
worker.start()
worker.join()
asyncio.set_event_loop(None)
try:
    asyncio.get_event_loop()
except RuntimeError as error:
    print('after set_event_loop(None), get_event_loop() in the main thread: RuntimeError:', error)
loop.close()
