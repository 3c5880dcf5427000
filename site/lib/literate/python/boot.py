"""Run one snippet as __main__ and report every write to stdout/stderr with its time.

Started as `python -S -u -X utf8 boot.py SNIPPET` by run-snippet.ts. Timing is taken here,
inside the interpreter, so that interpreter start-up and a loaded machine's process
scheduling do not count against an example's documented timing.

Records go to file descriptor 3, one JSON object per line:
  {"e": "start"}                          the snippet is about to run (t = 0)
  {"e": "out"|"err", "t": secs, "d": text}  a write to sys.stdout / sys.stderr
  {"e": "end", "t": secs}                 the interpreter is shutting down, after joining
                                          non-daemon threads (the whole run's duration)
Written in Python 3.6 syntax: the version matrix runs it on every interpreter.
"""
import os

# First of all, a process group of its own, so that the runner can kill the snippet with every
# process it starts, and so that Ctrl+C in the terminal does not reach it. Not a session: setsid
# would give it a scheduling autogroup of its own, where `nice` ranks it only against itself. A
# program that measures its own speed (LITERATE_OWN_SESSION) gets that autogroup on purpose:
# there, the runner's other work cannot take more than a fair share of the CPU from it.
if hasattr(os, "setpgid") and os.environ.get("LITERATE_EVENTS") != "stdout":
    if os.environ.pop("LITERATE_OWN_SESSION", None):
        os.setsid()
    else:
        os.setpgid(0, 0)

import faulthandler
import atexit
import builtins
import importlib.machinery
import sys
import threading
import time

# `-S` skips site.py, which on some machines spends most of a start-up running .pth hooks that
# belong to the machine, not to any example. What a program can see of site.py comes back here:
# the site-packages folders on sys.path and the exit/quit/help/copyright builtins.
if sys.flags.no_site:
    import site

    for _folder in site.getsitepackages() if hasattr(site, "getsitepackages") else []:
        if os.path.isdir(_folder) and _folder not in sys.path:
            sys.path.append(_folder)
    site.setquit()
    site.setcopyright()
    site.sethelper()


def _preload(snippet):
    """Import the standard-library modules the snippet imports, before the clock starts.

    Their import takes tens of ms alone (asyncio loads ssl), and much longer when many
    interpreters start at once: a page's timing is about what the program does, not about how
    long its imports took on a busy machine. A module with the name of a file beside the snippet
    is left for the snippet to import, as a plain run would find that file first.
    """
    try:
        with open(snippet, encoding="utf-8") as source:
            text = source.read()
    except OSError:
        return
    folder = os.path.dirname(os.path.abspath(snippet))
    names = set()
    for line in text.splitlines():
        words = line.split()
        if len(words) >= 2 and words[0] == "from":
            names.add(words[1])
        elif len(words) >= 2 and words[0] == "import":
            names.update(part.split()[0] for part in " ".join(words[1:]).split(",") if part.strip())
    for name in sorted(n for n in names if n.replace(".", "").replace("_", "").isalnum()):
        top = name.split(".")[0]
        if os.path.exists(os.path.join(folder, top + ".py")) or os.path.isdir(os.path.join(folder, top)):
            continue
        try:
            __import__(name)
        except Exception:  # the snippet's own import will raise it at its own time
            pass


_preload(sys.argv[1])

_T0 = time.monotonic()
if os.environ.get("LITERATE_EVENTS") == "stdout":
    # Under Pyodide (no file descriptor 3) the host reads the records from the real stdout.
    _events = sys.stdout
else:
    _events = os.fdopen(3, "w", encoding="utf-8", buffering=1)
_lock = threading.Lock()

try:
    from _json import encode_basestring as _quote  # json's own C encoder, without json's imports
except ImportError:
    from json import dumps as _quote


def _record(kind, t, text=None, lane=None):
    """One record as a line of JSON: {"e": kind, "t": t[, "d": text][, "w": lane]}."""
    line = '{"e": "%s", "t": %r' % (kind, t)
    if text is not None:
        line += ', "d": ' + _quote(text)
    if lane is not None:
        line += ', "w": [%s]' % ", ".join("null" if part is None else _quote(part) if isinstance(part, str) else str(part) for part in lane)
    return line + "}\n"


def _emit_locked(kind, t, text=None, lane=None):
    """Send one record; the caller holds _lock, so records never interleave."""
    _events.write(_record(kind, t, text, lane))
    _events.flush()


def _emit(kind, t):
    with _lock:
        _emit_locked(kind, t)


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
        writer = _RECORDER.who() if _RECORDER else None
        with _lock:
            start, held, lane = self._pending.pop(threading.get_ident(), (now, "", writer))
            held += text
            cut = held.rfind("\n") + 1
            if cut:
                _emit_locked(self._kind, start, held[:cut], lane)
                start, held, lane = now, held[cut:], writer
            if held:
                self._pending[threading.get_ident()] = (start, held, lane)
        return len(text)

    def flush(self):
        with _lock:
            held = self._pending.pop(threading.get_ident(), None)
            if held:
                _emit_locked(self._kind, *held)

    def flush_all(self):
        with _lock:
            for held in sorted(self._pending.values(), key=lambda pending: pending[0]):
                _emit_locked(self._kind, *held)
            self._pending.clear()

    def __getattr__(self, name):
        # fileno(), encoding, isatty(): the real stream answers.
        return getattr(self._real, name)


def _print_error(exc):
    """Report the error as plain `python snippet.py` would, without this file's frames.

    sys.excepthook (not the traceback module) prints it, because on some versions only the
    interpreter's own hook adds hints such as "Did you mean: 'is_alive'?".
    """
    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != _SNIPPET:
        tb = tb.tb_next
    sys.stdout.flush()
    sys.excepthook(type(exc), exc.with_traceback(tb), tb)


_SNIPPET = sys.argv[1]
# Recording a timeline (a run of its own, never a checked one): who writes each line, who waits where.
_RECORDER = None
if os.environ.get("LITERATE_RECORD"):
    import json
    import timeline_recorder as _RECORDER  # beside this file, which is sys.path[0] until just below

    def _emit_event(event):
        with _lock:
            _events.write(json.dumps(event) + "\n")
            _events.flush()

    _RECORDER.install(_emit_event, lambda: time.monotonic() - _T0, _SNIPPET, os.environ["LITERATE_RECORD"])
sys.argv = sys.argv[1:]
sys.path[0] = os.path.dirname(os.path.abspath(_SNIPPET))
sys.stdout = _TimedStream(sys.stdout, "out")
sys.stderr = _TimedStream(sys.stderr, "err")


# A program that may never finish is stopped after LITERATE_STOP_AFTER seconds from its start by
# faulthandler's own watchdog thread (C code, not Python): it writes every thread's stack to fd 4
# and ends the process at once. Nothing runs in the program's threads to do it, and the dump is
# complete by the time the process is gone.
_STOP_AFTER = os.environ.get("LITERATE_STOP_AFTER")


def _finish():
    """Runs at exit, after the interpreter has joined non-daemon threads: the end of the whole run."""
    if _STOP_AFTER:
        faulthandler.cancel_dump_traceback_later()  # it finished: it is not stuck
    if _RECORDER:
        _RECORDER.stop()
    sys.stdout.flush_all()
    sys.stderr.flush_all()
    _emit("end", time.monotonic() - _T0)


def _main_module():
    """A fresh __main__ for the snippet, set up as `python snippet.py` sets up its own.

    It stays in sys.modules until the interpreter shuts down (runpy.run_path would put this file's
    module back and drop the snippet's), so the snippet's objects are finalized when they would
    be in a plain run: at shutdown, after atexit handlers and non-daemon threads.
    """
    main = type(sys)("__main__")
    main.__file__ = _SNIPPET
    main.__cached__ = None
    main.__loader__ = importlib.machinery.SourceFileLoader("__main__", _SNIPPET)
    main.__builtins__ = builtins
    sys.modules["__main__"] = main
    return main


atexit.register(_finish)
if _STOP_AFTER:
    faulthandler.dump_traceback_later(float(_STOP_AFTER), exit=True, file=os.fdopen(4, "w"))
_emit("start", 0.0)
code = 0
try:
    with open(_SNIPPET, "rb") as _source:
        _code = compile(_source.read(), _SNIPPET, "exec", dont_inherit=True)
    exec(_code, _main_module().__dict__)
except SystemExit as stop:
    code = stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 1)
    if stop.code is not None and not isinstance(stop.code, int):
        sys.stderr.write(str(stop.code) + "\n")
except BaseException as exc:  # noqa: B902 - report exactly what the snippet raised
    _print_error(exc)
    code = 1
sys.exit(code)
