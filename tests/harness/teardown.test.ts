/**
 * Nothing outlives the suite: a real nested `vitest run` (tests/fixtures/teardown/) starts
 * programs that never finish (on CPython, one with a child process, and on Pyodide) and a page
 * in Chromium that never finishes, and is
 * then ended in each of the ways a suite ends. Within 2 s no process it started is left, nor the
 * temporary folders of Pyodide's snapshot (about 30 MB) and Chromium's profile (Chromium's and
 * Playwright's other folders are empty, and not looked for).
 * Its processes are found by a marker in their environment, which every descendant inherits; its
 * folders, in a temporary directory of its own (TMPDIR).
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = path.join(ROOT, 'tests', 'fixtures', 'teardown', 'vitest.config.ts');

interface Found {
  pid: number;
  command: string;
}

/** Every process whose environment holds the marker. */
function processesMarked(marker: string): Found[] {
  const found: Found[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (!readFileSync(`/proc/${entry}/environ`, 'latin1').includes(`TEARDOWN_PROBE=${marker}\0`)) continue;
      const state = readFileSync(`/proc/${entry}/stat`, 'latin1').split(') ')[1]?.[0];
      if (state === 'Z') continue; // dead, waiting only to be reaped
      found.push({ pid: Number(entry), command: readFileSync(`/proc/${entry}/cmdline`, 'latin1').replaceAll('\0', ' ').trim() });
    } catch {
      // gone while we looked, or not ours to read
    }
  }
  return found;
}

/** The never-finishing programs, as they show in a process list. */
const PROGRAMS = ['blocks.py', 'boot.py spins.py', 'waits-on-child.py', 'threading.Event().wait()', 'pyodide-host.ts', 'chromium'];
const running = (found: Found[]) => PROGRAMS.every((program) => found.some(({ command }) => command.includes(program)));

async function until<T>(what: string, seconds: number, probe: () => T | undefined): Promise<T> {
  const deadline = performance.now() + seconds * 1000;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (performance.now() > deadline) throw new Error(`${what} within ${seconds} s`);
    await sleep(100);
  }
}

type Ending = 'normal exit' | 'Ctrl+C' | 'SIGTERM' | 'SIGKILL' | 'SIGKILL to its whole process group';

/** The temporary folders of the runner (a Pyodide snapshot) and of Chromium (its profile) in a directory. */
const suiteFolders = (tmp: string) => readdirSync(tmp).filter((name) => name.startsWith('literate-') || name.startsWith('playwright_chromiumdev_profile-'));

async function leftAfter(ending: Ending): Promise<{ processes: Found[]; folders: string[] }> {
  const marker = randomUUID();
  const endFile = path.join(os.tmpdir(), `teardown-${marker}`);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'teardown-tmp-'));
  const suite = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--config', CONFIG], {
    cwd: ROOT,
    detached: true, // its own process group, as a suite started from a terminal has
    stdio: 'ignore',
    env: { ...process.env, TEARDOWN_PROBE: marker, TMPDIR: tmp, ...(ending === 'normal exit' ? { TEARDOWN_END_FILE: endFile } : {}) },
  });
  const exited = new Promise<void>((resolve) => suite.once('exit', () => resolve()));
  try {
    // Start-up counts for nothing here: wait as long as a loaded machine needs.
    await until('the nested suite did not start its programs', 120, () => (running(processesMarked(marker)) ? true : undefined));
    if (ending === 'normal exit') writeFileSync(endFile, '');
    if (ending === 'Ctrl+C') process.kill(-suite.pid!, 'SIGINT');
    if (ending === 'SIGTERM') suite.kill('SIGTERM');
    if (ending === 'SIGKILL') suite.kill('SIGKILL');
    // As a supervisor (npm run stress, a CI runner) ends it: every process in the group at once.
    if (ending === 'SIGKILL to its whole process group') process.kill(-suite.pid!, 'SIGKILL');
    await until('the nested suite did not exit', 60, () => (suite.exitCode !== null || suite.signalCode !== null ? true : undefined));
    await exited;
    const endedAt = performance.now();
    const left = () => ({ processes: processesMarked(marker), folders: suiteFolders(tmp) });
    let found = left();
    while ((found.processes.length > 0 || found.folders.length > 0) && performance.now() - endedAt < 2000) {
      await sleep(50);
      found = left();
    }
    return found;
  } finally {
    for (const { pid } of processesMarked(marker)) {
      try {
        process.kill(pid, 'SIGKILL'); // so that a failing case leaves nothing either
      } catch {
        // already gone
      }
    }
    rmSync(endFile, { force: true });
    rmSync(tmp, { recursive: true, force: true });
  }
}

describe.concurrent('nothing outlives the suite', () => {
  const endings: Ending[] = ['normal exit', 'Ctrl+C', 'SIGTERM', 'SIGKILL', 'SIGKILL to its whole process group'];
  for (const ending of endings) {
    test(`after ${ending}, within 2 s`, { timeout: 300_000 }, async () => {
      expect(await leftAfter(ending)).toEqual({ processes: [], folders: [] });
    });
  }
});
