# 生成器体内的 next() 碰到空的迭代器而抛出 StopIteration：3.7 起这会变成 RuntimeError。
def first_letters(words):
    for word in words:
        yield next(iter(word))  # 空字符串没有第一个字符


for letter in first_letters(['苹果', '香蕉', '', '樱桃']):
    print(letter)
