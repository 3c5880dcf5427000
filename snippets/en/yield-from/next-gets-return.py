# Call next() yourself and the StopIteration lands in your hands, with the return value in its value attribute.
def limited():
    for i in range(5):
        if i == 2:
            return 'stopped early'
        yield i


g = limited()
while True:
    try:
        value = next(g)
    except StopIteration as stop:
        print('return value:', stop.value)
        break
    print(value)
