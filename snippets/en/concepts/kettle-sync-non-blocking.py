# Synchronous and non-blocking: an ordinary kettle calls nobody, so Wang watches a little TV, then goes to look.
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s
SCENE = 0.3  # after every 0.3 s of TV he gets up
TRIP = 0.1  # a trip to the kitchen takes 0.1 s


class Kettle:
    """An ordinary kettle: its state can be checked, but it tells nobody when it boils."""

    def __init__(self):
        self.ready_at = time.monotonic() + BOIL  # the stove heats it; nobody needs to watch

    def boiled(self):
        return time.monotonic() >= self.ready_at  # non-blocking: answers "boiled yet?" at once


kettle = Kettle()
print('Wang: ordinary kettle on, off to watch TV')
watched = 0.0
trips = 0
while True:
    time.sleep(SCENE)  # watching TV
    watched += SCENE
    time.sleep(TRIP)  # walking to the kitchen
    trips += 1
    if kettle.boiled():  # synchronous: Wang has to fetch the result himself
        print(f'kitchen trip {trips}: boiled, kettle off the stove')
        break
    print(f'kitchen trip {trips}: not yet')
time.sleep(EPISODE - watched)
print(f'Wang: watched one episode, and walked to the kitchen {trips} times for the water')
