# 自己调用 next()，StopIteration 就会落到我们手里，返回值在它的 value 属性上。
def limited():
    for i in range(5):
        if i == 2:
            return '提前结束了'
        yield i


g = limited()
while True:
    try:
        value = next(g)
    except StopIteration as stop:
        print('返回值：', stop.value)
        break
    print(value)
