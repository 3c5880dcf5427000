# 只有一个线程、也不会被抢占，两个协程按相反的顺序去拿两把 asyncio 锁，照样会死锁。
import asyncio


async def transfer(name, first, second):
    async with first:
        await asyncio.sleep(0.1)  # 拿着第一把锁让出执行权
        async with second:
            print(name, '两把锁都拿到了')


async def main():
    lock_a, lock_b = asyncio.Lock(), asyncio.Lock()
    tasks = [asyncio.create_task(transfer('X', lock_a, lock_b)), asyncio.create_task(transfer('Y', lock_b, lock_a))]
    done, pending = await asyncio.wait(tasks, timeout=1)
    print('1 秒后：完成', len(done), '个，还在等', len(pending), '个')
    print('各拿着一把锁、等着另一把：', lock_a.locked() and lock_b.locked())
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('取消之后，两把锁都已释放：', not lock_a.locked() and not lock_b.locked())


asyncio.run(main())
