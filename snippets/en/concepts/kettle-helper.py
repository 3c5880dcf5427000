# Parallel: Zhang minds the kettle in another process while Wang watches TV in the main one; both act at once.
import multiprocessing
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s


def helper(ready_at):
    print('Zhang: standing by the stove')
    time.sleep(max(0.0, ready_at - time.monotonic()))  # stands there until the water boils
    print('Zhang: boiled, kettle off the stove')


if __name__ == '__main__':
    ready_at = time.monotonic() + BOIL  # the kettle goes on the stove now
    zhang = multiprocessing.Process(target=helper, args=(ready_at,))
    zhang.start()
    print('Wang: kettle on, left to Zhang, off to watch TV')
    time.sleep(EPISODE)
    print('Wang: watched one episode without getting up once')
    zhang.join()
