# 在生成器里自己处理 StopIteration：跳过空字符串，想提前结束时用 return。
def first_letters(words):
    for word in words:
        try:
            yield next(iter(word))
        except StopIteration:
            continue  # 空字符串：跳过


for letter in first_letters(['苹果', '香蕉', '', '樱桃']):
    print(letter)
