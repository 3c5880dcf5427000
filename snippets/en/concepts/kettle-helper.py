# Parallel: Zhang minds the kettle in another process while Wang watches TV in the main one; both act at once.
import multiprocessing
import time

BOIL = 1.0  # the water takes 1 s to boil
EPISODE = 1.5  # one TV episode lasts 1.5 s


def helper():
    print('Zhang: kettle on, standing by the stove')
    time.sleep(BOIL)
    print('Zhang: boiled, kettle off the stove')


if __name__ == '__main__':
    zhang = multiprocessing.Process(target=helper)
    zhang.start()
    print('Wang: watching TV')
    time.sleep(EPISODE)
    print('Wang: watched one episode without getting up once')
    zhang.join()
