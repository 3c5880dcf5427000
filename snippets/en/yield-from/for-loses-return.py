# Modelled on the chapter: a try/except StopIteration around a for loop, hoping to get the generator's return value. The except clause never runs.
def limited():
    for i in range(5):
        if i == 2:
            return 'stopped early'
        yield i


def show(gen):
    try:
        for value in gen:
            print(value)
    except StopIteration as exc:
        print('caught StopIteration:', exc.value)  # never runs
    print('the for loop ended normally; the except clause did not run')


show(limited())
