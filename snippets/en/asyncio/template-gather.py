# The chapter's 3.7 template: an async main() runs three coroutines concurrently with gather(), then prints each result.
import asyncio


async def hello1(a, b):
    print('task 01 begins')
    await asyncio.sleep(3)  # stands for something that takes 3 s
    print('task 01 ends')
    return a + b


async def hello2(a, b):
    print('task 02 begins')
    await asyncio.sleep(2)  # takes 2 s
    print('task 02 ends')
    return a - b


async def hello3(a, b):
    print('task 03 begins')
    await asyncio.sleep(4)  # takes 4 s
    print('task 03 ends')
    return a * b


async def main():
    results = await asyncio.gather(hello1(10, 5), hello2(10, 5), hello3(10, 5))
    for result in results:
        print(result)


asyncio.run(main())
