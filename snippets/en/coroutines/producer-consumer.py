# The producer and consumer with the typo fixed: send(n) hands an item to the consumer, and the receipt it yields is what send() returns.
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
        print('[producer] producing item {}'.format(n))
        receipt = c.send(n)
        print('[producer] consumer replied: {}'.format(receipt))
        print('----')
    c.close()


producer(consumer())
