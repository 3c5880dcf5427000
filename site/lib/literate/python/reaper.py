"""Kills the process groups that a runner started, once that runner is gone.

run-snippet.ts starts one reaper per Node process, with a pipe on its stdin, and writes "+PID"
when it starts a snippet (whose process group is PID) and "-PID" once the snippet is reaped, and
"rm PATH" for a temporary folder to remove (a Pyodide snapshot's, a Chromium profile). When the
pipe closes, because the runner exited, crashed or was killed with SIGKILL, every group still
listed is killed, and then those folders are removed. The snippets live in process groups of
their own, so nothing else would reach them. Ctrl+C and SIGTERM, which may reach the runner's
whole group, are ignored here so that they cannot cut this short.
Written in Python 3.6 syntax, like boot.py.
"""
import os
import shutil
import signal
import sys

for _name in ("SIGINT", "SIGTERM", "SIGHUP"):
    if hasattr(signal, _name):
        signal.signal(getattr(signal, _name), signal.SIG_IGN)

live = set()
folders = []
for line in sys.stdin.buffer:
    word = line.rstrip(b"\n").decode("utf-8", "surrogateescape")
    if word[:1] == "+" and word[1:].isdigit():
        live.add(int(word[1:]))
    elif word[:1] == "-" and word[1:].isdigit():
        live.discard(int(word[1:]))
    elif word[:3] == "rm " and os.path.isabs(word[3:]):
        folders.append(word[3:])

for pid in live:
    for kill in (os.killpg, os.kill):  # the group, or the process if it had no group of its own yet
        try:
            kill(pid, signal.SIGKILL)
        except OSError:
            pass

for folder in folders:  # after the kills, so that nothing still writes into them
    shutil.rmtree(folder, ignore_errors=True)
