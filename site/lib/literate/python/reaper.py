"""Kills the process groups that a runner started, once that runner is gone.

run-snippet.ts starts one reaper per Node process, with a pipe on its stdin, and writes
"+PID" when it starts a snippet (whose process group is PID) and "-PID" once the snippet is
reaped. When the pipe closes, because the runner exited, crashed or was killed with SIGKILL,
every group still listed is killed. The snippets live in process groups of their own, so
nothing else would reach them. Ctrl+C and SIGTERM, which may reach the runner's whole group,
are ignored here so that they cannot cut this short.
Written in Python 3.6 syntax, like boot.py.
"""
import os
import signal
import sys

for _name in ("SIGINT", "SIGTERM", "SIGHUP"):
    if hasattr(signal, _name):
        signal.signal(getattr(signal, _name), signal.SIG_IGN)

live = set()
for line in sys.stdin.buffer:
    word = line.strip().decode("ascii", "replace")
    if word[:1] == "+" and word[1:].isdigit():
        live.add(int(word[1:]))
    elif word[:1] == "-" and word[1:].isdigit():
        live.discard(int(word[1:]))

for pid in live:
    for kill in (os.killpg, os.kill):  # the group, or the process if it had no group of its own yet
        try:
            kill(pid, signal.SIGKILL)
        except OSError:
            pass
