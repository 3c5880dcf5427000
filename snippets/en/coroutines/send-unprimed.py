# Sending a value other than None to a generator that has not started: it is not paused at any yield, so the value has nowhere to go.
def echo():
    while True:
        received = yield
        print('received', received)


e = echo()
print('skipping the start, calling send(\'hello\') at once:')
e.send('hello')
