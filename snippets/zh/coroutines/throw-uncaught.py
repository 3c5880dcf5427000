# 生成器没有捕获 throw() 送进来的异常：异常在暂停的 yield 处抛出，穿过生成器，回到调用 throw() 的地方。
def fragile():
    yield 1
    print('这一行不会执行')
    yield 2


g = fragile()
print('next(g) 返回', next(g))
g.throw(ValueError('坏数据'))
