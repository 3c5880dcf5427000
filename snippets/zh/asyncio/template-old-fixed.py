# 改好的模板：先把协程包装成任务再交给 wait()，或者直接用 gather()。
import asyncio
import time


async def get_url():
    await asyncio.sleep(1)  # 代表一次网络请求
    return '网页'


async def main():
    start = time.perf_counter()
    tasks = [asyncio.create_task(get_url()) for i in range(10)]
    done, pending = await asyncio.wait(tasks)
    print(f'wait()：完成 {len(done)} 个，未完成 {len(pending)} 个，用时 {time.perf_counter() - start:.0f} 秒')
    start = time.perf_counter()
    pages = await asyncio.gather(*(get_url() for i in range(10)))
    print(f'gather()：拿到 {len(pages)} 个结果，用时 {time.perf_counter() - start:.0f} 秒')


asyncio.run(main())
