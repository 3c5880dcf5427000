# 按原文链接程序的节奏记账，不必真等十分钟：生产者每秒看一次，队列不足 1000 个就放 10 个；
# 消费者晚 1 秒开始，每 0.5 秒看一次，有就吃一个，空了就结束。以 0.5 秒为一格推进。
size = 0
producing = True
tick = 0
while True:
    if producing and tick % 2 == 0:
        if size < 1000:
            size += 10
        else:
            producing = False
            print(f'第 {tick / 2:g} 秒：队列里有 {size} 个，生产者打印“生产完了！”')
    if tick >= 2:
        if size > 0:
            size -= 1
        else:
            print(f'第 {tick / 2:g} 秒：队列空了，消费者打印“消费完了！”')
            break
    tick += 1
print(f'一共约 {tick / 2 / 60:.1f} 分钟')
