# 纯计算的任务：一个线程依次算、两个线程分着算、两个进程分着算，比一比用时。
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

# 数出 0～160000 之间的素数，切成 8 段，交给两个“工人”分着做。
RANGES = [(i * 20_000, (i + 1) * 20_000) for i in range(8)]


def count_primes(bounds):
    """试除法：整段时间都在执行 Python 字节码，没有任何等待。"""
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
    print(f'{label}：{time.perf_counter() - start:.2f} 秒')
    return counts


if __name__ == '__main__':  # 子进程会导入本模块，必须有这道保护
    serial = timed('一个线程依次计算', lambda: [count_primes(r) for r in RANGES])
    with ThreadPoolExecutor(max_workers=2) as pool:
        threaded = timed('两个线程', lambda: list(pool.map(count_primes, RANGES)))
    with ProcessPoolExecutor(max_workers=2) as pool:
        processes = timed('两个进程', lambda: list(pool.map(count_primes, RANGES)))
    print('每段的素数个数：', serial)
    print('三种做法的结果相同：', serial == threaded == processes)
