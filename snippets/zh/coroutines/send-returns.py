# send(x) 做两件事：x 成为暂停处那个 yield 表达式的值；生成器再跑到下一个 yield，那里产出的值就是 send() 的返回值。
def running_total():
    total = 0
    while True:
        amount = yield total
        print('  生成器内：yield 表达式的值是 {!r}'.format(amount))
        if amount is not None:
            total += amount


acc = running_total()
print('next(acc) 返回', next(acc))
print('acc.send(10) 返回', acc.send(10))
print('acc.send(5) 返回', acc.send(5))
print('next(acc) 返回', next(acc))
