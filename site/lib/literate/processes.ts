/**
 * The processes a run starts, and their end: the interpreter's own binary, the process groups
 * still alive (killed at exit, and by the reaper however this process ends), and Pyodide's
 * memory snapshot, made once per process.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const PYODIDE_HOST = fileURLToPath(new URL('./pyodide-host.ts', import.meta.url));
const REAPER = fileURLToPath(new URL('./python/reaper.py', import.meta.url));

/** `python` value that runs the snippet on Pyodide (CPython 3.14 in WebAssembly) instead of a native interpreter. */
export const PYODIDE = 'pyodide';

/** Seconds an interpreter may take to reach the snippet before the run is given up as broken. */
export const STARTUP_LIMIT = 60;

/** Process groups still alive, so nothing outlives the test run even if a caller forgets one. */
export const liveGroups = new Set<number>();

export function kill(target: number): boolean {
  try {
    process.kill(target, 'SIGKILL');
    return true;
  } catch {
    return false; // no such group (yet), or already gone
  }
}

/** Kills a run not yet reaped: its process group, or the process itself before boot.py has made the group. */
export const killRun = (pid: number) => kill(-pid) || kill(pid);

process.once('exit', () => {
  for (const pid of liveGroups) killRun(pid);
});

/**
 * The exit handler above does not run when this process is killed with SIGKILL, and may lose
 * the race on Ctrl+C. The reaper (python/reaper.py) is told of every group and kills those left
 * as soon as this process is gone, however it ends. It has a session of its own, so that a
 * SIGKILL to this process's whole group (as a supervisor ends a suite) does not end it too.
 */
let reaper: ChildProcess | undefined;
export function tellReaper(line: string): void {
  if (!reaper) {
    reaper = spawn(realInterpreter(defaultPython() === PYODIDE ? 'python3' : defaultPython()), ['-S', REAPER], { stdio: ['pipe', 'ignore', 'inherit'], detached: true });
    reaper.on('error', () => {}); // no Python at all: runSnippet itself reports that
    reaper.stdin!.on('error', () => {});
    reaper.unref();
    (reaper.stdin as unknown as { unref(): void }).unref();
  }
  reaper.stdin!.write(`${line}\n`);
}

/**
 * Makes sure a process group that this process started (a browser, a server) is killed as soon as
 * this process is gone, however it ends; the group's own cleanup may be slower or never come.
 */
export function reapWithThisProcess(pgid: number): void {
  tellReaper(`+${pgid}`);
}

/** Makes sure a temporary folder is removed once this process is gone, however it ends (after the reaper's kills). */
export function removeWithThisProcess(folder: string): void {
  tellReaper(`rm ${folder}`);
}

/** Pids of process groups started by runSnippet that have not been reaped yet. */
export function liveProcessGroups(): number[] {
  return [...liveGroups];
}

export function defaultPython(): string {
  return process.env.PYTHON ?? 'python3';
}

const resolved = new Map<string, string>();
/**
 * The interpreter's own binary for a command such as `python3`, which may be a launcher
 * (pyenv's shim is a bash script that costs three times the interpreter's own start-up).
 */
export function realInterpreter(python: string): string {
  if (python === PYODIDE) return python;
  let binary = resolved.get(python);
  if (binary === undefined) {
    try {
      binary = execFileSync(python, ['-c', 'import sys; print(sys.executable)'], { encoding: 'utf8', timeout: STARTUP_LIMIT * 1000 }).trim() || python;
    } catch {
      binary = python; // spawning it will report what is wrong
    }
    resolved.set(python, binary);
  }
  return binary;
}

/**
 * How a Pyodide host is started: Node's V8 compiles WebAssembly only with its baseline compiler
 * (Liftoff), not again with the optimizing one, and keeps the compiled JavaScript of the host and
 * of Pyodide in a cache that every host of this process shares. A run is short, so optimizing
 * code it will hardly use was most of the CPU it spent: per cell 0.7 CPU-s before, 0.4 after
 * (a CPU-bound cell, coroutines/one-thread.py, 1.2 → 1.3 CPU-s). What Python does is unchanged.
 */
export interface PyodideHost {
  /** Node's arguments before the host script. */
  nodeArgs: string[];
  /** Environment for the host: the snapshot it starts from, and the compile cache. */
  env: Record<string, string>;
}

let host: Promise<PyodideHost> | undefined;
/** A memory snapshot of Pyodide just after loading, made once per process (see pyodide-host.ts), and how to start hosts from it. */
export function pyodideHost(): Promise<PyodideHost> {
  host ??= new Promise<PyodideHost>((resolve, reject) => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'literate-pyodide-'));
    // Removed at exit, or by the reaper if this process is killed first (a snapshot is about 30 MB).
    process.once('exit', () => rmSync(folder, { recursive: true, force: true }));
    removeWithThisProcess(folder);
    const file = path.join(folder, 'snapshot.bin');
    const launch = { nodeArgs: ['--liftoff-only'], env: { NODE_COMPILE_CACHE: path.join(folder, 'compile-cache') } };
    const maker = execFile(process.execPath, [...launch.nodeArgs, PYODIDE_HOST, '--snapshot', file], { env: { ...process.env, ...launch.env } }, (error, _stdout, stderr) =>
      error ? reject(new Error(`could not load Pyodide: ${stderr || error.message}`)) : resolve({ ...launch, env: { ...launch.env, LITERATE_PYODIDE_SNAPSHOT: file } }),
    );
    if (maker.pid !== undefined) tellReaper(`+${maker.pid}`);
  });
  return host;
}
