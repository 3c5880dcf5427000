# 对刚创建、还没启动的生成器 send 一个非 None 的值：它没有停在任何 yield 上，这个值无处可去。
def echo():
    while True:
        received = yield
        print('收到', received)


e = echo()
print('跳过启动，直接 send(\'你好\')：')
e.send('你好')
