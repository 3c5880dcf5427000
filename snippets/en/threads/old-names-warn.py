# The chapter's getName()/setName() and the module functions currentThread()/activeCount():
# still callable, but since 3.10 every call emits a DeprecationWarning.
import threading

t = threading.Thread(target=print, name='old-name')
print(t.getName())
t.setName('new-name')
print(t.name)
print(threading.currentThread().name)
print(threading.activeCount())
