# wait()：等一组任务，由 return_when 决定何时返回；返回 (done, pending) 两个集合，超时也不抛异常。
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


def names(tasks):
    return sorted(task.get_name() for task in tasks)


async def main():
    tasks = [asyncio.create_task(job(name, delay), name=name) for name, delay in [('A', 0.5), ('B', 1), ('C', 1.5)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('FIRST_COMPLETED：完成', names(done), '未完成', names(pending))
    done, pending = await asyncio.wait(pending, timeout=0.7)
    print('timeout=0.7：完成', names(done), '未完成', names(pending))
    done, pending = await asyncio.wait(pending)  # 默认 ALL_COMPLETED
    print('ALL_COMPLETED：完成', names(done), '未完成', names(pending))
    print('结果：', [task.result() for task in tasks])


asyncio.run(main())
