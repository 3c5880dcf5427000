# 同样的计数器，由两个生成器在一个线程里轮流加。切换只会发生在 yield 处。
counter = 0


def add(times):
    global counter
    for _ in range(times):
        counter += 1  # 读、加、写之间没有 yield，不会被打断
        yield


def add_with_pause(times):
    global counter
    for _ in range(times):
        value = counter
        yield  # 在读和写之间交出执行权
        counter = value + 1


def run(tasks):
    while tasks:
        task = tasks.pop(0)
        try:
            next(task)
        except StopIteration:
            continue
        tasks.append(task)


run([add(10000), add(10000)])
print('yield 不在读写之间，结果：', counter)
counter = 0
run([add_with_pause(10000), add_with_pause(10000)])
print('yield 在读和写之间，结果：', counter)
