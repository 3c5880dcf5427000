/**
 * Runs one example program with real CPython and records what it printed and when.
 *
 * Each run is `python -S -u -X utf8 boot.py SNIPPET`, which puts itself in a process group of
 * its own, so a hard timeout can kill the snippet together with every thread and child process
 * it started. boot.py timestamps each write inside the interpreter (see its docstring), which
 * keeps interpreter start-up and a busy machine out of the timing checks. Every limit here
 * counts from the snippet's own start, too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Readable } from 'node:stream';
import pLimit, { type LimitFunction } from 'p-limit';
import { Transcript, type Activity, type OutputLine } from './transcript.ts';
import { defaultPython, kill, killRun, liveGroups, PYODIDE, PYODIDE_HOST, pyodideHost, realInterpreter, type PyodideHost, STARTUP_LIMIT, tellReaper } from './processes.ts';

const BOOT = fileURLToPath(new URL('./python/boot.py', import.meta.url));

/**
 * How a run is recorded: 'full' wraps every lock so that `with lock:` is seen; 'without-locks'
 * leaves locks as they are; 'light' runs no profiler and sees only threads starting and ending,
 * join() and time.sleep().
 */
export type RecorderMode = 'full' | 'without-locks' | 'light';

export interface RunResult {
  /** Everything written to stdout, exactly. */
  stdout: string;
  /** Everything written to stderr, exactly (Python-level writes and raw writes to fd 2). */
  stderr: string;
  lines: OutputLine[];
  /** Exit status; null when the process was killed. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** The run was still going when `stopAfter` or the hard timeout came, and was killed. */
  killed: boolean;
  /** Seconds from the snippet's start to interpreter shutdown (after non-daemon threads are joined). */
  duration: number | null;
  /** Every thread's stack as faulthandler dumped it, for runs stopped at `stopAfter` with `dumpStacks`. */
  stackDump: string;
  /** Wall-clock seconds of the whole process, interpreter start-up included. */
  wallTime: number;
  /** For a killed run: seconds from the snippet's start to the kill (null if it never started). */
  killedAfter: number | null;
  /** For a run with `record`: who wrote each line and who waited where. */
  activity: Activity | null;
}

export interface RunOptions {
  /** Interpreter to run; defaults to $PYTHON or `python3`; PYODIDE runs it on Pyodide. */
  python?: string;
  /** Hard limit in seconds from the snippet's start; the process group is killed and the run reported as killed. */
  timeout?: number;
  /**
   * Stop a run that is still going after this many seconds (measured from the snippet's
   * start), for examples documented to never finish.
   */
  stopAfter?: number;
  /** Stop at `stopAfter` with a dump of every thread's stack, made by faulthandler inside the interpreter. */
  dumpStacks?: boolean;
  /**
   * Scheduling niceness (0–19). Runs whose timing nobody checks can give way to runs whose
   * timing is checked, so that many examples at once on two cores do not delay a timed line.
   */
  nice?: number;
  /**
   * At most this many interpreters start at once (across every run of this process): start-up
   * is where the CPU goes, and a burst of it would delay the lines of runs already timing.
   */
  startConcurrency?: number;
  /**
   * Run in a session, and so a scheduling autogroup, of its own: for a program that measures its
   * own speed, which there gets a fair share of the CPU beside all of the runner's work (niced
   * runs included). `nice` then ranks the run only against itself.
   */
  ownSession?: boolean;
  /** Run with no other `alone` run of this process going: for programs that measure their own speed. */
  alone?: boolean;
  /** Environment variables to add to this process's. */
  env?: Record<string, string>;
  /**
   * Record who writes each line and where each thread and task waits (slower: never for a timing
   * check), in one of the RecorderModes.
   */
  record?: RecorderMode | false;
}

/** Seconds past `stopAfter` that a run which dumps its stacks may take to stop itself before it is killed. */
const DUMP_LIMIT = 60;
/** The hard limit of a run that names none, from the snippet's start. */
export const DEFAULT_TIMEOUT = 60;

const startGates = new Map<number, LimitFunction>();
const startGate = (concurrency: number) => startGates.get(concurrency) ?? startGates.set(concurrency, pLimit(concurrency)).get(concurrency)!;
const aloneTurn = pLimit(1);

export function runSnippet(snippetPath: string, options: RunOptions = {}): Promise<RunResult> {
  return options.alone ? aloneTurn(() => startWhenAllowed(snippetPath, options)) : startWhenAllowed(snippetPath, options);
}

async function startWhenAllowed(snippetPath: string, options: RunOptions): Promise<RunResult> {
  const { startConcurrency = os.availableParallelism() } = options;
  const pyodide = (options.python ?? defaultPython()) === PYODIDE ? await pyodideHost() : null;
  let started!: () => void;
  const reachedSnippet = new Promise<void>((resolve) => (started = resolve));
  let run!: Promise<RunResult>;
  await startGate(startConcurrency)(() => {
    run = startRun(snippetPath, options, pyodide, started);
    run.catch(started);
    return reachedSnippet;
  });
  return run;
}

function startRun(snippetPath: string, options: RunOptions, pyodide: PyodideHost | null, reachedSnippet: () => void): Promise<RunResult> {
  const { python = defaultPython(), timeout = DEFAULT_TIMEOUT, stopAfter, dumpStacks = false, nice = 0, ownSession = false, env = {}, record = false } = options;
  const absolute = path.resolve(snippetPath);
  const started = performance.now();

  const [interpreter, args] = pyodide
    ? [process.execPath, [...pyodide.nodeArgs, PYODIDE_HOST, BOOT, path.basename(absolute)]]
    : [realInterpreter(python), ['-S', '-u', '-X', 'utf8', BOOT, path.basename(absolute)]];
  const [command, commandArgs] = nice > 0 ? ['nice', ['-n', String(nice), interpreter, ...args]] : [interpreter, args];
  const child: ChildProcess = spawn(command, commandArgs, {
    cwd: path.dirname(absolute),
    stdio: ['ignore', 'pipe', 'pipe', 'pipe', 'pipe'],
    env: {
      ...process.env,
      ...pyodide?.env,
      ...env,
      // boot.py stops the run itself, with faulthandler's stack dump on fd 4.
      ...(dumpStacks && stopAfter !== undefined ? { LITERATE_STOP_AFTER: String(stopAfter) } : {}),
      ...(record ? { LITERATE_RECORD: record } : {}),
      ...(ownSession ? { LITERATE_OWN_SESSION: '1' } : {}),
      PYTHONIOENCODING: 'utf-8',
      PYTHONUTF8: '1',
      PYTHONDONTWRITEBYTECODE: '1',
    },
  });
  const pid = child.pid;
  if (pid !== undefined) {
    liveGroups.add(pid);
    tellReaper(`+${pid}`);
  }

  let snippetStartedAt: number | null = null; // performance.now() when the "start" record arrived
  let stackDump = '';
  let killed = false;
  let killedAfter: number | null = null;
  const sinceStart = () => (performance.now() - (snippetStartedAt ?? started)) / 1000;
  const transcript = new Transcript(Boolean(record), {
    onStart: () => {
      snippetStartedAt = performance.now();
      reachedSnippet();
      clearTimeout(hardLimit);
      stopAtTimeout();
    },
  });

  // Raw writes to fds 1 and 2 (C code, child processes) carry Node's time.
  const raw = (stream: 'out' | 'err') => (data: Buffer) => transcript.raw(stream, sinceStart(), data.toString('utf8'));
  child.stdout!.on('data', raw('out'));
  child.stderr!.on('data', raw('err'));
  (child.stdio[4] as Readable).on('data', (data: Buffer) => (stackDump += data.toString('utf8')));
  (child.stdio[3] as Readable).on('data', (data: Buffer) => transcript.records(data.toString('utf8')));

  function stop() {
    killed = true;
    killedAfter = snippetStartedAt === null ? null : sinceStart();
    if (pid !== undefined) killRun(pid);
  }
  // Until the snippet starts, the limit is on start-up; from then on, the run's own timeout.
  let hardLimit = setTimeout(stop, STARTUP_LIMIT * 1000);
  // Node's timers count from the event loop's cached clock, which can be a few ms behind the snippet's
  // start as performance.now() took it: a limit that comes early is set again for what is left.
  function stopAtTimeout() {
    const left = timeout - sinceStart();
    if (left > 0) hardLimit = setTimeout(stopAtTimeout, Math.ceil(left * 1000));
    else stop();
  }
  let stopTimer: NodeJS.Timeout | undefined;
  if (stopAfter !== undefined) {
    // Measured from the snippet's own start, so slow interpreter start-up does not shorten the wait.
    const poll = setInterval(() => {
      if (snippetStartedAt === null || sinceStart() < stopAfter) return;
      clearInterval(poll);
      if (transcript.duration !== null) return; // it is shutting down: it finished, let it exit
      // boot.py stops a run that dumps its stacks; this is the backstop if it could not.
      if (dumpStacks) stopTimer = setTimeout(stop, DUMP_LIMIT * 1000);
      else stop();
    }, 20);
    child.once('close', () => clearInterval(poll));
  }

  return new Promise<RunResult>((resolve, reject) => {
    child.once('error', (error) => {
      clearTimeout(hardLimit);
      reachedSnippet();
      if (pid !== undefined) liveGroups.delete(pid);
      reject(new Error(`could not start ${python}: ${error.message}`));
    });
    // Once the program has exited, end whatever it left in its group: a leftover child process
    // would otherwise hold its stdout open, and 'close' would wait for it.
    child.once('exit', () => {
      if (pid !== undefined) kill(-pid);
    });
    child.once('close', (exitCode, signal) => {
      clearTimeout(hardLimit);
      clearTimeout(stopTimer);
      // faulthandler's watchdog ended it (it never reached its own end, and the dump says so).
      if (dumpStacks && stopAfter !== undefined && transcript.duration === null && stackDump.startsWith('Timeout (')) {
        killed = true;
        killedAfter = stopAfter;
      }
      reachedSnippet();
      if (pid !== undefined) {
        liveGroups.delete(pid);
        tellReaper(`-${pid}`);
      }
      resolve({
        ...transcript.output(),
        exitCode,
        signal,
        killed,
        duration: transcript.duration,
        stackDump,
        wallTime: (performance.now() - started) / 1000,
        killedAfter,
        activity: transcript.activity,
      });
    });
  });
}
