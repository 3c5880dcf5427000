# The chapter's linked program at its own pace, as bookkeeping instead of a ten-minute wait: the producer looks once a second and adds 10
# while the queue holds fewer than 1000; the consumer starts 1 s later, every 0.5 s eats one or, if the queue is empty, stops. Steps of 0.5 s.
size = 0
producing = True
tick = 0
while True:
    if producing and tick % 2 == 0:
        if size < 1000:
            size += 10
        else:
            producing = False
            print(f'at {tick / 2:g} s: the queue holds {size}, the producer prints its "finished producing!"')
    if tick >= 2:
        if size > 0:
            size -= 1
        else:
            print(f'at {tick / 2:g} s: the queue is empty, the consumer prints its "finished eating!"')
            break
    tick += 1
print(f'about {tick / 2 / 60:.1f} minutes in all')
