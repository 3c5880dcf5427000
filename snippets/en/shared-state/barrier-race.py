# Split the read from the write, and let a Barrier make both threads read before either writes: every round loses one addition.
import threading

ROUNDS = 5
num = 0
both_read = threading.Barrier(2)
both_wrote = threading.Barrier(2)


def add_one_per_round():
    global num
    for _ in range(ROUNDS):
        seen = num  # read
        both_read.wait()  # wait until the other thread has read too: both hold the same value
        num = seen + 1  # write back: both write the same value as well
        both_wrote.wait()  # only when both have written does the next round begin


threads = [threading.Thread(target=add_one_per_round) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print('each thread added 1, {} times; expected {}'.format(ROUNDS, 2 * ROUNDS))
print('actual num =', num)
print('additions lost: {}'.format(2 * ROUNDS - num))
