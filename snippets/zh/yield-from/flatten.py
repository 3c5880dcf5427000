# yield from 把一个可迭代对象的元素逐个产出：列表、元组、range 都可以。
def mixed():
    yield 'a'
    yield 'b'
    yield 'c'
    yield from [11, 22, 33, 44]
    yield from (12, 23, 34)
    yield from range(3)


for item in mixed():
    print(item, end=' , ')  # 每个元素后面都跟一个分隔符，最后也不换行
