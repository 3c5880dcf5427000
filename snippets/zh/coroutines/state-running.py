# GEN_RUNNING 只能从生成器内部看到：它正在执行时，调用方的代码并不在运行。
import inspect


def introspective():
    print('  生成器内：状态是', inspect.getgeneratorstate(me))
    print('  生成器内：gi_running =', me.gi_running)
    try:
        next(me)  # 生成器正在运行，不能再启动它自己
    except ValueError as exc:
        print('  生成器内：next(me) 抛出 ValueError：{}'.format(exc))
    yield


me = introspective()
next(me)
print('回到调用方：状态是', inspect.getgeneratorstate(me))
