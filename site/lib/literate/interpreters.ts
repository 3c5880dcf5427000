/**
 * The CPython interpreters on this machine: every version `pyenv versions` lists, `python3` on
 * PATH, and any listed in $EXTRA_PYTHONS (paths separated by ":"). Python 2 is left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

/** A free-threaded build (3.13t, 3.14t) reports the same version as the GIL build beside it. */
export const BUILDS = ['gil', 'free-threaded'] as const;
export type Build = (typeof BUILDS)[number];

export interface Interpreter {
  /** Full version, e.g. "3.11.7". */
  version: string;
  build: Build;
  path: string;
}

// sysconfig answers None for Py_GIL_DISABLED before 3.13, 0 on a GIL build.
const DESCRIBE = 'import sys, sysconfig; print("%d.%d.%d" % sys.version_info[:3], "free-threaded" if sysconfig.get_config_var("Py_GIL_DISABLED") else "gil")';

/** The version and build of a Python 3 interpreter; null if `python` is none. */
export function describeInterpreter(python: string): Omit<Interpreter, 'path'> | null {
  try {
    const [version, build] = execFileSync(python, ['-c', DESCRIBE], { encoding: 'utf8', timeout: 10_000, stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' ');
    return version?.startsWith('3.') ? { version, build: build as Build } : null;
  } catch {
    return null;
  }
}

function pyenvPythons(): string[] {
  try {
    const root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
    const versions = execFileSync('pyenv', ['versions', '--bare'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    // A free-threaded install ("3.13.0t") may have only bin/python3.13t.
    const names = (version: string) => ['python', `python${minorOf(version)}t`];
    return versions.flatMap((version) => names(version).map((name) => path.join(root, 'versions', version, 'bin', name)).filter((file) => existsSync(file)).slice(0, 1));
  } catch {
    return []; // no pyenv on this machine
  }
}

export function findInterpreters(): Interpreter[] {
  const candidates = [...pyenvPythons(), 'python3', ...(process.env.EXTRA_PYTHONS ?? '').split(':').filter(Boolean)];
  const seen = new Map<string, Interpreter>(); // by version and build: the first path found wins
  for (const candidate of candidates) {
    const described = describeInterpreter(candidate);
    if (!described) continue;
    const key = `${described.version} ${described.build}`;
    if (!seen.has(key)) seen.set(key, { ...described, path: candidate.includes('/') ? realpathSync(candidate) : candidate });
  }
  return [...seen.values()].sort((a, b) => compareVersions(a.version, b.version) || BUILDS.indexOf(a.build) - BUILDS.indexOf(b.build));
}

/** "3.11.7" → "3.11". */
export const minorOf = (version: string) => version.split('.').slice(0, 2).join('.');

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
