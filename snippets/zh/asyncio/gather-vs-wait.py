# gather() 与 wait() 对照：各自返回什么、能否分组，以及取消或超时时任务会怎样。
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


def names(tasks):
    return sorted(task.result() for task in tasks)


async def main():
    results = await asyncio.gather(job('慢', 0.2), job('快', 0.1))
    print('gather()：按传入顺序排列的列表：', results)
    tasks = [asyncio.create_task(job('慢', 0.2)), asyncio.create_task(job('快', 0.1))]
    done, pending = await asyncio.wait(tasks)
    print('wait()：done 和 pending 两个集合：', type(done) is set and type(pending) is set)
    print('done 里的结果，排序后（集合没有顺序）：', names(done), '- 还没完成的：', len(pending))

    group_a = asyncio.gather(job('a1', 0.1), job('a2', 0.1))
    group_b = asyncio.gather(job('b1', 0.1))
    print('把两组再 gather 一次：', await asyncio.gather(group_a, group_b))

    children = [asyncio.create_task(job('永远等不到', 10)) for _ in range(2)]
    group = asyncio.gather(*children)
    await asyncio.sleep(0.1)
    group.cancel()
    try:
        await group
    except asyncio.CancelledError:
        print('取消 gather，它的子任务也被取消：', [child.cancelled() for child in children])

    late = asyncio.create_task(job('迟到', 1))
    done, pending = await asyncio.wait([late], timeout=0.2)
    print('wait() 超时了；任务还在 pending 里：', late in pending, '被取消了吗：', late.cancelled())
    print('它之后照样完成：', await late)


asyncio.run(main())
