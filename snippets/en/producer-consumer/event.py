# Synchronisation: the tea thread must wait until the kettle thread has boiled the water. An Event is the signal they agree on.
import threading
import time

water_boiled = threading.Event()


def kettle():
    print('kettle: heating the water')
    time.sleep(1)
    print('kettle: the water has boiled')
    water_boiled.set()  # the signal: until now the tea thread has been stopped in wait()


def teapot():
    print('teapot: tea leaves in, waiting for the water')
    water_boiled.wait()
    print('teapot: pouring the water, tea is brewing')


threads = [threading.Thread(target=teapot), threading.Thread(target=kettle)]
for t in threads:
    t.start()
for t in threads:
    t.join()
