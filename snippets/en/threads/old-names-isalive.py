# The chapter's isAlive() was removed in Python 3.9: calling it today raises AttributeError.
import threading

t = threading.Thread(target=print)
print('is_alive():', t.is_alive())
print('isAlive():', t.isAlive())
