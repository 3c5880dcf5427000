# Calling a coroutine function runs none of its body: all you get is a coroutine object.
import asyncio


async def greet():
    print('hello')  # nobody awaits, so this line never runs


coro = greet()
print(coro)
print('a coroutine object?', asyncio.iscoroutine(coro))
# When a coroutine object that was never awaited is freed, Python issues a RuntimeWarning
del coro
print('end of program')
