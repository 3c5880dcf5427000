# The right way to subclass: __init__ keeps your own attributes, run() does the work, start() calls run() in a new thread.
import threading
import time


class Countdown(threading.Thread):
    def __init__(self, label, seconds):
        super().__init__(name=label)
        self.seconds = seconds

    def run(self):
        print('{}: counting down {} s'.format(self.name, self.seconds))
        time.sleep(self.seconds)
        print('{}: time is up'.format(self.name))


timers = [Countdown('timer-A', 1), Countdown('timer-B', 2)]
for timer in timers:
    timer.start()
for timer in timers:
    timer.join()
print('main: both timers are done')
