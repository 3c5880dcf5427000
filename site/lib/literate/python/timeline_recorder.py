"""Who did what, and when, in one run of a snippet: the data behind the site's timelines.

Imported by boot.py when LITERATE_RECORD is set, in a run of its own (never in a checked run,
so its overhead never touches a timing check). It adds to boot.py's event stream:
  {"e": "lane", "w": [pid, thread, task, process], "t": secs}   a thread, task or process acts for the first time
      (pid and process are null in the program's own process)
  {"e": "wait", "w": [...], "k": kind, "t": secs, "l": line}
      it starts to wait at that line of the snippet: kind "sleep" (time.sleep or asyncio.sleep),
      "lock" (a lock that is held; conditions, events, queues and join() wait on one) or "await"
      (a task suspended at any other await)
  {"e": "resume", "w": [...], "t": secs}                it stops waiting
  {"e": "runs", "w": [...], "t": secs}                  a thread runs the snippet's own code for the first time
  {"e": "exit", "w": [...], "t": secs}                  such a thread's run() has returned
and boot.py adds "w" to every write, so each output line is tied to the thread or task that wrote it.
A wait with no resume was still going when the run ended or was stopped: a deadlock shows that way.

Locks are made visible by wrapping them: `with lock:` on a lock made by C code calls nothing that
sys.setprofile sees. Everything else comes from the profiler hooks (sys.setprofile and
threading.setprofile), except in the light mode, which uses no profiler at all (see install()).
Written in Python 3.6 syntax, like boot.py.
"""
import _thread
import dis
import functools
import os
import sys
import threading

_CO_COROUTINE = 0x80 | 0x100  # CO_COROUTINE | CO_ITERABLE_COROUTINE (generator-based, 3.6-3.10)

_emit = None  # set by install(): boot.py's way to send one record
_clock = None
_snippet = None
_root_pid = os.getpid()
_lanes_seen = set()
_threads_seen = set()  # idents of the threads already given a lane
_task_names = {}  # id(task) -> "Task-N", for 3.6 and 3.7, whose tasks have no names
_blocked = {}  # thread ident -> lane, while a blocking call of that thread is in progress
_running = {}  # thread ident -> (task, its outermost coroutine frame), while a task runs
_suspended = {}  # id(task) -> lane, while the task awaits
_awaiting = {}  # thread ident -> (snippet line, awaits asyncio.sleep) of the suspension under way


def _snippet_line(frame):
    while frame is not None:
        if frame.f_code.co_filename == _snippet:
            return frame.f_lineno
        frame = frame.f_back
    return None


def _current_task():
    asyncio = sys.modules.get("asyncio")
    if asyncio is None:
        return None
    try:
        return asyncio.current_task() if hasattr(asyncio, "current_task") else asyncio.Task.current_task()
    except RuntimeError:  # no event loop runs in this thread
        return None


def _task_label(task):
    """The task's name and what it runs, e.g. "Task-2 (fetch)"."""
    if task is None:
        return None
    if hasattr(task, "get_name"):
        name = task.get_name()
    else:
        name = _task_names.get(id(task))
        if name is None:
            name = _task_names[id(task)] = "Task-%d" % (len(_task_names) + 1)
    coroutine = task.get_coro() if hasattr(task, "get_coro") else getattr(task, "_coro", None)
    function = getattr(coroutine, "__qualname__", None)
    return "%s (%s)" % (name, function) if function else name


_thread_names = {}  # ident -> name, for a thread that has already left threading's registry


def _thread_label():
    """[pid or None, thread name, process name or None]: a child process is told apart by its pid,
    since it goes by its parent's process name until multiprocessing has set its own."""
    # Not threading.current_thread(): for a thread it does not know (one that has just ended, say)
    # it would make and register a dummy Thread, which the program could then see.
    ident = _thread.get_ident()
    known = threading._active.get(ident)
    thread = _thread_names[ident] = known.name if known is not None else _thread_names.get(ident, "thread %d" % ident)
    if os.getpid() == _root_pid:
        return [None, thread, None]
    mp = sys.modules.get("multiprocessing")
    return [os.getpid(), thread, mp.current_process().name if mp is not None else "process %d" % os.getpid()]


def who(task=None):
    """The caller's lane, [pid or None, thread, task or None], announced the first time it acts.

    task=False: the thread's own lane, even while one of its tasks runs."""
    pid, thread, process = _thread_label()
    lane = [pid, thread, None if task is False else _task_label(task if task is not None else _current_task()), process]
    key = tuple(lane)
    if key not in _lanes_seen:
        _lanes_seen.add(key)
        _emit({"e": "lane", "w": lane, "t": _clock()})
    return lane


def _blocks(function):
    """Is this C function one that may block? A lock that is free is taken at once: not a wait."""
    name = getattr(function, "__name__", "")
    owner = getattr(function, "__self__", None)
    if name == "sleep" and owner is sys.modules.get("time"):
        return "sleep"
    kind = type(owner).__name__
    if name in ("acquire", "acquire_lock") and (kind == "RLock" or kind == "lock" and owner.locked()):
        return "lock"
    if name == "join" and kind == "_ThreadHandle":  # 3.13+: join() no longer waits on a lock
        return "lock"
    return None


def _profile(frame, event, arg):
    # An exception here would be raised in the program itself: a recording must never change it.
    try:
        _observe(frame, event, arg)
    except Exception:
        pass


def _observe(frame, event, arg):
    ident = _thread.get_ident()
    code = frame.f_code
    if ident not in _threads_seen and code.co_filename == _snippet:
        # A thread runs the snippet's code: it gets a lane even if it only computes. (Threads that
        # run only the library's code, such as asyncio's shutdown helper, get none unless they act.)
        _runs()
    if event == "return" and code.co_name == "_bootstrap_inner" and code.co_filename == threading.__file__:
        _exits()
        return
    if event == "return" and code.co_flags & _CO_COROUTINE:
        if _yields(frame):
            _suspending(ident, frame)
        else:  # it returned or raised: the task is finishing, not waiting
            _awaiting.pop(ident, None)
            running = _running.get(ident)
            if running is not None and running[1] is frame:
                del _running[ident]
        return
    _awaiting.pop(ident, None)
    if event == "c_call":
        kind = _blocks(arg)
        if kind is not None and ident not in _blocked:
            lane = _blocked[ident] = who()
            _emit({"e": "wait", "w": lane, "k": kind, "t": _clock(), "l": _snippet_line(frame)})
    elif event == "c_return" or event == "c_exception":
        lane = _blocked.pop(ident, None)
        if lane is not None:
            _emit({"e": "resume", "w": lane, "t": _clock()})
    elif event == "call" and code.co_flags & _CO_COROUTINE and (frame.f_back is None or not frame.f_back.f_code.co_flags & _CO_COROUTINE):
        task = _current_task()
        if task is not None:
            _running[ident] = (task, frame)
            lane = _suspended.pop(id(task), None)
            if lane is not None:
                _emit({"e": "resume", "w": lane, "t": _clock()})


_YIELDS = {"YIELD_VALUE", "YIELD_FROM", "SEND", "RESUME"}


def _yields(frame):
    """Does this coroutine frame leave by suspending (not by returning or raising)?

    3.11+ stop at the yield itself (3.13 at the RESUME after it); 3.6-3.10 stop one
    instruction before their YIELD_FROM, to run it again on resumption.
    """
    code, at = frame.f_code.co_code, frame.f_lasti
    here = dis.opname[code[at]]
    after = dis.opname[code[at + 2]] if at + 2 < len(code) else ""
    return here in _YIELDS or after in ("YIELD_FROM", "YIELD_VALUE")


def _suspending(ident, frame):
    """A coroutine frame yields; the outermost one of a task means the task now awaits."""
    line, sleeping = _awaiting.get(ident, (None, False))
    code = frame.f_code
    if code.co_name == "sleep" and code.co_filename.endswith(os.path.join("asyncio", "tasks.py")):
        sleeping = True
    if line is None and code.co_filename == _snippet:
        line = frame.f_lineno
    _awaiting[ident] = (line, sleeping)
    running = _running.get(ident)
    if running is not None and running[1] is frame:
        del _running[ident]
        del _awaiting[ident]
        lane = _suspended[id(running[0])] = who(running[0])
        _emit({"e": "wait", "w": lane, "k": "sleep" if sleeping else "await", "t": _clock(), "l": line})


class _Lock(object):
    """A lock whose acquire is a call the profiler sees, even under `with`."""

    def __init__(self, real):
        self._real = real

    def acquire(self, *args, **kwargs):
        return self._real.acquire(*args, **kwargs)

    def __enter__(self):
        return self._real.acquire()

    def __exit__(self, *exc):
        self._real.release()

    def __getattr__(self, name):  # release, locked, and RLock's _release_save/_acquire_restore/_is_owned
        return getattr(self._real, name)

    def __repr__(self):
        return repr(self._real)


def _wrapping(factory):
    def make(*args, **kwargs):
        return _Lock(factory(*args, **kwargs))

    return make


def stop():
    """At exit: the program is over, and what the interpreter does to shut down is not part of it."""
    threading.setprofile(None)
    sys.setprofile(None)


def _recording_threads(start_new_thread, profile):
    """_thread's threads have no names and no profiler: each is named by the order it was
    started in, and recorded like threading's threads."""

    def start(function, args, kwargs=None):
        _started.append(function)
        name = "_thread %d" % len(_started)

        @functools.wraps(function)
        def run(*args, **kwargs):
            _thread_names[_thread.get_ident()] = name
            sys.setprofile(profile)
            if profile is None:
                _runs()
            try:
                return function(*args, **kwargs)
            finally:
                sys.setprofile(None)
                _exits()

        return start_new_thread(run, args, kwargs or {})

    return start


_started = []  # what each thread started with _thread.start_new_thread runs, in order


def _runs():
    """The calling thread starts to run the snippet's code."""
    _threads_seen.add(_thread.get_ident())
    _emit({"e": "runs", "w": who(task=False), "t": _clock()})


def _exits():
    """The calling thread's run is over; only a thread that ran the snippet's code says so. Its ident
    is forgotten, since a thread started later may get the same one (a pool's feeder thread, say);
    its name is kept for what it still does on its way out (a thread-local's cleanup prints)."""
    ident = _thread.get_ident()
    if ident in _threads_seen:
        _emit({"e": "exit", "w": who(task=False), "t": _clock()})
        _threads_seen.discard(ident)


def _waiting(kind, call):
    """Run call() as a wait of this kind, at the snippet's line that led to it (the light mode's
    stand-in for the profiler)."""
    lane = who()
    _emit({"e": "wait", "w": lane, "k": kind, "t": _clock(), "l": _snippet_line(sys._getframe(1))})
    try:
        return call()
    finally:
        _emit({"e": "resume", "w": lane, "t": _clock()})


def _in_snippet(function):
    return getattr(getattr(function, "__code__", None), "co_filename", None) == _snippet


def _see_pool_work(pool_module):
    """A pool's worker runs the snippet's code once it runs a function of the snippet's (the
    module is wrapped when its first worker starts, so a recording imports nothing the program does not)."""
    work_item = pool_module._WorkItem
    if getattr(work_item.run, "_recorded", False):
        return
    run = work_item.run

    def running(item):
        if _thread.get_ident() not in _threads_seen and _in_snippet(item.fn):
            _runs()
        return run(item)

    running._recorded = True
    work_item.run = functools.wraps(run)(running)


def _record_lightly():
    """Threads starting and ending, join() and time.sleep(), seen by wrapping them: no profiler runs."""
    bootstrap, join, sleep = threading.Thread._bootstrap_inner, threading.Thread.join, sys.modules["time"].sleep

    def bootstrap_inner(thread):
        target = getattr(thread, "_target", None)
        if _in_snippet(target) or _in_snippet(type(thread).run):
            _thread_names[_thread.get_ident()] = thread.name  # threading registers it only inside bootstrap()
            _runs()
        elif getattr(target, "__module__", None) == "concurrent.futures.thread":
            _thread_names[_thread.get_ident()] = thread.name
            _see_pool_work(sys.modules["concurrent.futures.thread"])
        try:
            bootstrap(thread)
        finally:
            _exits()

    def joining(thread, timeout=None):
        if not thread.is_alive():  # a finished thread is joined at once: no wait
            return join(thread, timeout)
        return _waiting("lock", lambda: join(thread, timeout))

    threading.Thread._bootstrap_inner = bootstrap_inner
    threading.Thread.join = functools.wraps(join)(joining)
    sys.modules["time"].sleep = functools.wraps(sleep)(lambda seconds: _waiting("sleep", lambda: sleep(seconds)))
    _runs()


def install(emit, clock, snippet, mode="full"):
    """Start recording this thread and every thread started from now on.

    mode "full" wraps locks, so that `with lock:` is seen. "without-locks" leaves locks as they are:
    `with lock:` is then not seen, but a program that looks at a lock's type runs as it does
    unrecorded. "light" uses no profiler: the profiler makes every instruction slower, which
    changes what a program that times its own CPU use prints. It sees only threads starting and
    ending, join() and time.sleep(), not locks or tasks."""
    global _emit, _clock, _snippet
    _emit, _clock, _snippet = emit, clock, snippet
    profile = None if mode == "light" else _profile
    _thread.start_new_thread = _recording_threads(_thread.start_new_thread, profile)
    if mode == "full":
        threading.Lock = _thread.allocate_lock = _wrapping(_thread.allocate_lock)
        threading.RLock = _wrapping(threading.RLock)
    if profile is None:
        _record_lightly()
    threading.setprofile(profile)
    sys.setprofile(profile)
