# 仿照原文：用 try/except StopIteration 包住 for 循环，想拿到生成器的返回值。except 永远不会执行。
def limited():
    for i in range(5):
        if i == 2:
            return '提前结束了'
        yield i


def show(gen):
    try:
        for value in gen:
            print(value)
    except StopIteration as exc:
        print('捕获到 StopIteration：', exc.value)  # 不会执行
    print('for 循环正常结束，except 分支没有运行')


show(limited())
