import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { runSnippet } from '../../site/lib/literate/index.ts';
import { FIXTURES } from './fixtures.ts';

const snippet = (name: string) => path.join(FIXTURES.snippetsDir, 'zh', name);
/** PYTHONPATH for imports-slowly.py: a folder whose one module takes 3 s to import. */
const slowImport = { PYTHONPATH: path.join(FIXTURES.snippetsDir, '..', 'slow-import') };

describe.concurrent('runSnippet', () => {
  test('captures stdout exactly and the exit status', async () => {
    const result = await runSnippet(snippet('abcd.py'));
    expect(result.stdout).toBe('a\nb\nc\nd\n');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.killed).toBe(false);
  });

  test('reads and writes UTF-8 whatever the locale', async () => {
    const result = await runSnippet(snippet('printer.py'));
    expect(result.stdout).toBe('你好\n');
  });

  test('times every line from the snippet’s start', async () => {
    const result = await runSnippet(snippet('sleepy.py'));
    const [start, end] = result.lines;
    expect(start).toMatchObject({ stream: 'out', text: 'start' });
    expect(end).toMatchObject({ stream: 'out', text: 'end' });
    expect(end!.t - start!.t).toBeGreaterThanOrEqual(1);
    expect(result.duration).toBeGreaterThanOrEqual(1);
  });

  test('leaves the interpreter’s start-up, and the imports done before the clock, out of the times', async () => {
    const result = await runSnippet(snippet('imports-slowly.py'), { env: slowImport });
    expect(result.stdout).toBe('imported\n');
    // The 3 s import is in the process's wall time but not in the snippet's own duration.
    expect(result.wallTime - result.duration!).toBeGreaterThanOrEqual(3);
  });

  test('reports an uncaught exception as python does, with status 1', async () => {
    const result = await runSnippet(snippet('raises.py'));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toBe('before\n');
    expect(result.stderr).toBe('Traceback (most recent call last):\n  File "raises.py", line 2, in <module>\n    raise ValueError(\'bad value\')\nValueError: bad value\n');
  });

  test('keeps a line that does not end in a newline', async () => {
    const result = await runSnippet(snippet('no-newline.py'));
    expect(result.stdout).toBe('a , b , c , ');
    expect(result.lines.map((line) => line.text)).toEqual(['a , b , c , ']);
  });

  test('kills a program that never finishes at the hard timeout, counted from the snippet’s start', async () => {
    const result = await runSnippet(snippet('blocks.py'), { timeout: 1 });
    expect(result).toMatchObject({ killed: true, exitCode: null, signal: 'SIGKILL', duration: null });
    expect(result.killedAfter).toBeGreaterThanOrEqual(1);
  });

  test('does not count a slow start-up against the hard timeout', async () => {
    // Start-up (the 3 s import) outlasts the 2 s limit; the snippet itself then ends at once.
    const result = await runSnippet(snippet('imports-slowly.py'), { timeout: 2, env: slowImport });
    expect(result).toMatchObject({ killed: false, exitCode: 0, stdout: 'imported\n' });
  });

  test('stops a program at stopAfter and dumps every thread stack first', async () => {
    const result = await runSnippet(snippet('hangs.py'), { stopAfter: 0.5, dumpStacks: true });
    expect(result.killed).toBe(true);
    expect(result.killedAfter).toBeGreaterThanOrEqual(0.5);
    expect(result.stackDump).toMatch(/Thread 0x[0-9a-f]+ \(most recent call first\):\n  File "hangs\.py", line 6 in <module>/);
  });

  test('ends the child processes a program leaves behind', async () => {
    const result = await runSnippet(snippet('leaves-child.py'));
    const childPid = Number(result.stdout.trim());
    expect(childPid).toBeGreaterThan(0);
    // SIGKILL takes effect when the child is next scheduled: gone, or at most a zombie waiting for
    // init to reap it, soon after (30 s is room that no load uses up).
    const state = () => (existsSync(`/proc/${childPid}/stat`) ? readFileSync(`/proc/${childPid}/stat`, 'utf8').split(') ')[1]![0] : 'gone');
    await vi.waitFor(() => expect(['gone', 'Z']).toContain(state()), { timeout: 30_000, interval: 20 });
  });

  test('runs in a process group of its own but in the runner’s session, where niceness ranks it against the other runs', async () => {
    // A session of its own would give the run a scheduling autogroup of its own, and then
    // `nice` would rank it only against itself: untimed runs would not give way to timed ones.
    expect((await runSnippet(snippet('scheduling.py'), { nice: 19 })).stdout).toBe('True True 19 True\n');
    expect((await runSnippet(snippet('scheduling.py'))).stdout).toBe('True True 0 True\n');
  });

  test('runs in a session, and so an autogroup, of its own when asked', async () => {
    // setsid gives it a new autogroup even where the runner's is the root one (shown empty); only a
    // kernel without autogroups leaves the two alike.
    const autogroups = existsSync('/proc/self/autogroup');
    expect((await runSnippet(snippet('scheduling.py'), { ownSession: true })).stdout).toBe(`True False 0 ${autogroups ? 'False' : 'True'}\n`);
  });

  test('runs one `alone` run at a time', async () => {
    const runs = await Promise.all([1, 2, 3].map(() => runSnippet(snippet('wall-clock.py'), { alone: true })));
    const spans = runs.map((run) => run.stdout.trim().split('\n').map(Number) as [number, number]).sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
  });

  test('fails clearly when the interpreter cannot be started', async () => {
    await expect(runSnippet(snippet('abcd.py'), { python: '/no/such/python' })).rejects.toThrow(/could not start \/no\/such\/python/);
  });
});
