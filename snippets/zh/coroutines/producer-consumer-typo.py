# 原文的生产者与消费者，连同它的笔误：生产者里把 .format(n) 写成了 .format{n}。
def consumer():
    receipt = ''
    while True:
        item = yield receipt  # 在这里暂停，等 send() 送来下一件货
        if not item:
            return
        print('[消费者] 收到第 {} 件货'.format(item))
        receipt = '第 {} 件已签收'.format(item)


def producer(c):
    c.send(None)  # 启动生成器：运行到第一个 yield
    n = 0
    while n < 5:
        n += 1
        print('[生产者] 生产第 {} 件货'.format{n})
        receipt = c.send(n)
        print('[生产者] 消费者回复：{}'.format{receipt})
        print('----')
    c.close()


producer(consumer())
