# 两个生成器在同一个线程里轮流运行：每个都在 yield 处交出执行权，下次从原处接着跑，局部变量原样保留。
def countdown(name, n):
    print('{}：开始'.format(name))
    while n > 0:
        print('{}：{}'.format(name, n))
        n -= 1
        yield
    print('{}：结束'.format(name))


tasks = [countdown('甲', 2), countdown('乙', 3)]
while tasks:
    task = tasks.pop(0)
    try:
        next(task)  # 让它运行到下一个 yield
    except StopIteration:
        continue  # 这个生成器结束了，不再放回队列
    tasks.append(task)
