# Asynchronous and non-blocking: Wang puts the whistling kettle on and watches TV; he never checks it, the whistle calls him.
import threading
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s
TRIP = 0.1  # a trip to the kitchen takes 0.1 s

whistle = threading.Event()
threading.Timer(BOIL, whistle.set).start()  # the whistling kettle: sends its own notice when it boils
print('Wang: whistling kettle on, off to watch TV')
start = time.monotonic()
whistle.wait(timeout=EPISODE)  # watching with one ear open: up at the whistle, or when the episode ends
watched = time.monotonic() - start
print('Wang: heard the whistle, going to take the kettle off')
time.sleep(TRIP)
print('Wang: back in front of the TV')
time.sleep(EPISODE - watched)
print('Wang: watched one episode, with a single trip to the kitchen')
