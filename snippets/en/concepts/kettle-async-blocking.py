# Asynchronous and blocking: a whistling kettle calls out when it boils, yet Wang sits by it waiting for the whistle.
import threading
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s

whistle = threading.Event()
threading.Timer(BOIL, whistle.set).start()  # the whistling kettle: sends its own notice when it boils
print('Wang: whistling kettle on, sitting next to it for the whistle')
whistle.wait()  # asynchronous: the result arrives as a notice; blocking: Wang is suspended until it comes
print('Wang: heard the whistle, kettle off, off to watch TV')
time.sleep(EPISODE)
print('Wang: watched one episode')
