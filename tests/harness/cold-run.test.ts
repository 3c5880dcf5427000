/**
 * The runner's interpreter (the real binary, `-S`, boot.py, the snippet's imports loaded before
 * the clock) behaves like a cold `python3 snippet.py`: the same output, errors and exit status
 * for programs that look at signals, _thread, child processes, randomness and shutdown.
 * Tracebacks name the snippet by its file name either way (a cold 3.9+ run names the full path),
 * and object addresses differ from run to run.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { defaultPython, runSnippet } from '../../site/lib/literate/index.ts';

const FOLDER = fileURLToPath(new URL('../fixtures/cold/', import.meta.url));

function coldRun(name: string) {
  const run = spawnSync(defaultPython(), [name], { cwd: FOLDER, encoding: 'utf8', timeout: 120_000 });
  return { stdout: run.stdout, stderr: run.stderr.replaceAll(path.join(FOLDER, name), name), exitCode: run.status };
}

const withoutAddresses = (text: string) => text.replace(/ at 0x[0-9a-f]+/g, ' at 0x…');

describe.concurrent('the runner behaves like a cold python3', () => {
  for (const name of ['signals.py', 'threads.py', 'processes.py', 'randomness.py', 'shutdown.py']) {
    test(name, async () => {
      const [fast, cold] = await Promise.all([runSnippet(path.join(FOLDER, name)), Promise.resolve(coldRun(name))]);
      const comparable = name === 'randomness.py' ? (text: string) => text.split('\n')[0] : (text: string) => text;
      expect({ stdout: comparable(fast.stdout), stderr: withoutAddresses(fast.stderr), exitCode: fast.exitCode }).toEqual({
        stdout: comparable(cold.stdout),
        stderr: withoutAddresses(cold.stderr),
        exitCode: cold.exitCode,
      });
    });
  }

  test('every run has a fresh hash seed and a freshly seeded random', async () => {
    const [first, second] = await Promise.all([runSnippet(path.join(FOLDER, 'randomness.py')), runSnippet(path.join(FOLDER, 'randomness.py'))]);
    const values = (text: string) => text.split('\n').slice(1, 3);
    const [a, b] = [values(first.stdout), values(second.stdout)];
    expect(a[0]).not.toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });
});
