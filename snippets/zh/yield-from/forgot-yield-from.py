# 把产出值的代码拆到另一个生成器函数里：只调用它什么也得不到，要用 yield from 把它产出的值转交出去。
def flatten_wrong(items):
    for item in items:
        if isinstance(item, list):
            flatten_wrong(item)  # 只创建了一个生成器对象，随即丢掉
        else:
            yield item


def flatten(items):
    for item in items:
        if isinstance(item, list):
            yield from flatten(item)
        else:
            yield item


nested = [1, [2, [3, 4]], [], 5]
print('忘了 yield from：', list(flatten_wrong(nested)))
print('用了 yield from：', list(flatten(nested)))
