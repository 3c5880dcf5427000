# send(x) does two things: x becomes the value of the yield expression the generator is paused at; the generator then runs to its next yield, and the value yielded there is what send() returns.
def running_total():
    total = 0
    while True:
        amount = yield total
        print('  inside: the yield expression evaluated to {!r}'.format(amount))
        if amount is not None:
            total += amount


acc = running_total()
print('next(acc) returned', next(acc))
print('acc.send(10) returned', acc.send(10))
print('acc.send(5) returned', acc.send(5))
print('next(acc) returned', next(acc))
