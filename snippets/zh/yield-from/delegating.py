# 委托生成器用 yield from 驱动子生成器：子生成器产出的值直接交给调用方，它的返回值成为 yield from 表达式的值。
def limited():  # 子生成器
    for i in range(5):
        if i == 2:
            return '提前结束了'
        yield i


def delegate(sub):  # 委托生成器
    result = yield from sub
    print('yield from 的值，也就是子生成器的返回值：', result)


for value in delegate(limited()):  # 调用方
    print(value)
