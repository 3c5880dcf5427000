"""Run one snippet as __main__ and report every write to stdout/stderr with its time.

Started as `python -u -X utf8 boot.py SNIPPET` by run-snippet.ts. Timing is taken here,
inside the interpreter, so that interpreter start-up and a loaded machine's process
scheduling do not count against an example's documented timing.

Records go to file descriptor 3, one JSON object per line:
  {"e": "start"}                          the snippet is about to run (t = 0)
  {"e": "out"|"err", "t": secs, "d": text}  a write to sys.stdout / sys.stderr
  {"e": "end", "t": secs}                 the interpreter is shutting down, after joining
                                          non-daemon threads (the whole run's duration)
Written in Python 3.6 syntax: the version matrix runs it on every interpreter.
"""
import faulthandler
import atexit
import json
import os
import runpy
import signal
import sys
import threading
import time

# Modules that examples import and that take a while to load (tens of ms alone, up to a second
# when dozens of interpreters start at once): loaded before the clock starts, so that a page's
# timing is about what the program does, not how long its imports took on a busy machine.
for _module in ("asyncio", "concurrent.futures", "multiprocessing", "queue"):
    try:
        __import__(_module)
    except ImportError:  # e.g. a build without one of them
        pass

_T0 = time.monotonic()
if os.environ.get("LITERATE_EVENTS") == "stdout":
    # Under Pyodide (no file descriptor 3) the host reads the records from the real stdout.
    _events = sys.stdout
else:
    _events = os.fdopen(3, "w", encoding="utf-8", buffering=1)
_lock = threading.Lock()


def _emit_locked(record):
    """Send one record; the caller holds _lock, so records never interleave."""
    _events.write(json.dumps(record, ensure_ascii=False) + "\n")
    _events.flush()


def _emit(record):
    with _lock:
        _emit_locked(record)


class _TimedStream:
    """Stands in for sys.stdout/sys.stderr: every line written becomes a timed record.

    Each thread's text is held until it completes a line, then sent whole. That is what a
    reader sees in a terminal, where print()'s text and its newline land in one line-buffered
    write; under `python -u` (which the runner uses, so that nothing waits in a buffer) two
    threads' prints could otherwise interleave mid-line. A line's time is that of its first write.
    """

    def __init__(self, real, kind):
        self._real = real
        self._kind = kind
        self._pending = {}  # thread id -> [time of first write, text without its newline yet]

    def write(self, text):
        if not text:
            return 0
        now = time.monotonic() - _T0
        with _lock:
            start, held = self._pending.pop(threading.get_ident(), (now, ""))
            held += text
            cut = held.rfind("\n") + 1
            if cut:
                _emit_locked({"e": self._kind, "t": start, "d": held[:cut]})
                start, held = now, held[cut:]
            if held:
                self._pending[threading.get_ident()] = (start, held)
        return len(text)

    def flush(self):
        with _lock:
            held = self._pending.pop(threading.get_ident(), None)
            if held:
                _emit_locked({"e": self._kind, "t": held[0], "d": held[1]})

    def flush_all(self):
        with _lock:
            for start, held in sorted(self._pending.values()):
                _emit_locked({"e": self._kind, "t": start, "d": held})
            self._pending.clear()

    def __getattr__(self, name):
        # fileno(), encoding, isatty(): the real stream answers.
        return getattr(self._real, name)


def _print_error(exc):
    """Report the error as plain `python snippet.py` would, without this file's and runpy's frames.

    sys.excepthook (not the traceback module) prints it, because on some versions only the
    interpreter's own hook adds hints such as "Did you mean: 'is_alive'?".
    """
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != _SNIPPET:
        tb = tb.tb_next
    sys.stdout.flush()
    sys.excepthook(type(exc), exc.with_traceback(tb), tb)


_SNIPPET = sys.argv[1]
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(os.path.abspath(_SNIPPET))
sys.stdout = _TimedStream(sys.stdout, "out")
sys.stderr = _TimedStream(sys.stderr, "err")
# A hung example can be asked where each thread is stuck: SIGUSR1 dumps every stack to fd 2.
if hasattr(faulthandler, "register") and hasattr(signal, "SIGUSR1"):
    faulthandler.register(signal.SIGUSR1, all_threads=True)



def _finish():
    """Runs at exit, after the interpreter has joined non-daemon threads: the end of the whole run."""
    sys.stdout.flush_all()
    sys.stderr.flush_all()
    _emit({"e": "end", "t": time.monotonic() - _T0})


atexit.register(_finish)
_emit({"e": "start", "t": 0.0})
code = 0
try:
    runpy.run_path(_SNIPPET, run_name="__main__")
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    if stop.code is not None and not isinstance(stop.code, int):
        sys.stderr.write(str(stop.code) + "\n")
except BaseException as exc:  # noqa: B902 - report exactly what the snippet raised
    _print_error(exc)
    code = 1
sys.exit(code)
