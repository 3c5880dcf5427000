# The chapter's producer and consumer, typo included: the producer writes .format{n} for .format(n).
def consumer():
    receipt = ''
    while True:
        item = yield receipt  # pause here until send() delivers the next item
        if not item:
            return
        print('[consumer] received item {}'.format(item))
        receipt = 'item {} signed for'.format(item)


def producer(c):
    c.send(None)  # start the generator: run it to its first yield
    n = 0
    while n < 5:
        n += 1
        print('[producer] producing item {}'.format{n})
        receipt = c.send(n)
        print('[producer] consumer replied: {}'.format{receipt})
        print('----')
    c.close()


producer(consumer())
