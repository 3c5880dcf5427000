# 生成器捕获了 throw() 送进来的异常：throw() 返回它接着 yield 出的值；若它随后结束，throw() 抛出 StopIteration。
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as exc:
            print('  生成器内：捕获了 {!r}'.format(exc))
        n += 1


g = resilient()
print('next(g) 返回', next(g))
print('g.throw(...) 返回', g.throw(ValueError('坏数据')))
print('next(g) 返回', next(g))


def one_shot():
    try:
        yield '等待中'
    except ValueError:
        print('  生成器内：捕获异常后 return')
        return '收工'


h = one_shot()
next(h)
try:
    h.throw(ValueError('坏数据'))
except StopIteration as stop:
    print('h.throw(...) 抛出 StopIteration，value =', repr(stop.value))
