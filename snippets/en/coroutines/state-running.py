# GEN_RUNNING can only be seen from inside the generator: while it runs, the caller's code is not running.
import inspect


def introspective():
    print('  inside: state is', inspect.getgeneratorstate(me))
    print('  inside: gi_running =', me.gi_running)
    try:
        next(me)  # the generator is running; it cannot start itself again
    except ValueError as exc:
        print('  inside: next(me) raised ValueError: {}'.format(exc))
    yield


me = introspective()
next(me)
print('back in the caller: state is', inspect.getgeneratorstate(me))
