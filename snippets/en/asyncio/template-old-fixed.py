# The template repaired: wrap the coroutines in tasks before handing them to wait(), or simply use gather().
import asyncio
import time


async def get_url():
    await asyncio.sleep(1)  # stands for a network request
    return 'a page'


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(get_url()) for i in range(10)]
    done, pending = await asyncio.wait(tasks)
    print(f'wait(): {len(done)} done, {len(pending)} pending, after {time.perf_counter() - start:.0f} s')
    start = time.perf_counter()
    pages = await asyncio.gather(*(get_url() for i in range(10)))
    print(f'gather(): {len(pages)} results, after {time.perf_counter() - start:.0f} s')


asyncio.run(main())
