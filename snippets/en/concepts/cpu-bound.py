# Pure computation: one thread in turn, two threads sharing the work, two processes sharing it; compare the times.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# Count the primes below 160000, cut into 8 ranges that two "workers" share.
RANGES = [(i * 20_000, (i + 1) * 20_000) for i in range(8)]


def count_primes(bounds):
    """Trial division: executes Python bytecode the whole time and never waits."""
    low, high = bounds
    count = 0
    for n in range(max(low, 2), high):
        d = 2
        while d * d <= n:
            if n % d == 0:
                break
            d += 1
        else:
            count += 1
    return count


def timed(label, run):
    start = time.perf_counter()
    counts = run()
    print(f'{label}: {time.perf_counter() - start:.2f} s')
    return counts


if __name__ == '__main__':  # child processes import this module, so this guard is required
    serial = timed('one thread, range after range', lambda: [count_primes(r) for r in RANGES])
    with ThreadPoolExecutor(max_workers=2) as pool:
        threaded = timed('two threads', lambda: list(pool.map(count_primes, RANGES)))
    with ProcessPoolExecutor(max_workers=2) as pool:
        processes = timed('two processes', lambda: list(pool.map(count_primes, RANGES)))
    print('primes in each range:', serial)
    print('all three give the same counts:', serial == threaded == processes)
