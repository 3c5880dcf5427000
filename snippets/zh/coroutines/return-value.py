# 生成器里的 return 值装在 StopIteration.value 里；没有 return 时，value 是 None。
def countdown(n):
    while n > 0:
        yield n
        n -= 1
    return '发射！'


g = countdown(2)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as stop:
    print('StopIteration.value =', repr(stop.value))


def no_return():
    yield 1


p = no_return()
next(p)
try:
    next(p)
except StopIteration as stop:
    print('没有 return 时 value =', repr(stop.value))
print('list() 只收集 yield 的值：', list(countdown(3)))
