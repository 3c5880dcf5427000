# Synchronous and blocking: an ordinary kettle; Wang stands by the stove until it boils, doing nothing else.
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s


def boil_water():
    """An ordinary function call: it hands back its result only once the water has boiled."""
    time.sleep(BOIL)
    return 'a kettle of hot water'


print('Wang: kettle on, standing next to it')
water = boil_water()  # synchronous: the result is the return value; blocking: Wang is suspended meanwhile
print('Wang: got ' + water + ', off to watch TV')
time.sleep(EPISODE)
print('Wang: watched one episode')
