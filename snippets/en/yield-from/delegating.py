# A delegating generator drives a subgenerator with yield from: the values it yields go straight to the caller, and its return value becomes the value of the yield from expression.
def limited():  # subgenerator
    for i in range(5):
        if i == 2:
            return 'stopped early'
        yield i


def delegate(sub):  # delegating generator
    result = yield from sub
    print('value of yield from, the subgenerator\'s return value:', result)


for value in delegate(limited()):  # caller
    print(value)
