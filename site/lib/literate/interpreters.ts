/**
 * The CPython interpreters on this machine: every version `pyenv versions` lists, `python3` on
 * PATH, and any listed in $EXTRA_PYTHONS (paths separated by ":"). Python 2 is left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import path from 'node:path';

export interface Interpreter {
  /** Full version, e.g. "3.11.7". */
  version: string;
  /** "3.11": the column a version matrix shows. */
  minor: string;
  path: string;
}

function versionOf(python: string): string | null {
  try {
    return execFileSync(python, ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8', timeout: 10_000 }).trim();
  } catch {
    return null;
  }
}

function pyenvPythons(): string[] {
  try {
    const root = execFileSync('pyenv', ['root'], { encoding: 'utf8' }).trim();
    const versions = execFileSync('pyenv', ['versions', '--bare'], { encoding: 'utf8' }).split('\n').filter(Boolean);
    return versions.map((version) => path.join(root, 'versions', version, 'bin', 'python')).filter((file) => existsSync(file));
  } catch {
    return []; // no pyenv on this machine
  }
}

export function findInterpreters(): Interpreter[] {
  const candidates = [...pyenvPythons(), 'python3', ...(process.env.EXTRA_PYTHONS ?? '').split(':').filter(Boolean)];
  const seen = new Map<string, Interpreter>(); // by version: the first path found wins
  for (const candidate of candidates) {
    const version = versionOf(candidate);
    if (!version || !version.startsWith('3.') || seen.has(version)) continue;
    const resolved = candidate.includes('/') ? realpathSync(candidate) : candidate;
    seen.set(version, { version, minor: version.split('.').slice(0, 2).join('.'), path: resolved });
  }
  return [...seen.values()].sort((a, b) => compareVersions(a.version, b.version));
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  return 0;
}
