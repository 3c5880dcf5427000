# close() 让生成器停下时，生成器可以 return 一个值；3.13 起 close() 把这个值交回来，3.13 以前一律返回 None。
def counter():
    seen = 0
    try:
        while True:
            yield
            seen += 1
    except GeneratorExit:
        return seen


g = counter()
next(g)
g.send('a')
g.send('b')
print('close() 返回', g.close())
print('对从没启动过的生成器，close() 返回', counter().close())
