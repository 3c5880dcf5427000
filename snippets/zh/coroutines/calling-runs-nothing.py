# 调用生成器函数不会执行函数体，只会得到一个生成器对象；每次 next() 让它运行到下一个 yield。
def greeter():
    print('  函数体：开始执行')
    yield '第一个值'
    print('  函数体：从暂停处继续')
    yield '第二个值'


g = greeter()
print('调用 greeter() 得到：', type(g).__name__)
print('next(g) 返回：', next(g))
print('next(g) 返回：', next(g))
