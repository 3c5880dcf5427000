import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runSnippet } from '../../site/lib/literate/index.ts';
import { FIXTURES } from './fixtures.ts';

const snippet = (name: string) => path.join(FIXTURES.snippetsDir, 'zh', name);

describe.concurrent('runSnippet', () => {
  test('captures stdout exactly and the exit status', async () => {
    const result = await runSnippet(snippet('abcd.py'));
    expect(result.stdout).toBe('a\nb\nc\nd\n');
    expect(result.stderr).toBe('');
    expect(result.exitCode).toBe(0);
    expect(result.killed).toBe(false);
  });

  test('reads and writes UTF-8 whatever the locale', async () => {
    const result = await runSnippet(path.join(FIXTURES.snippetsDir, 'zh', 'printer.py'), {});
    expect(result.stdout).toBe('你好\n');
  });

  test('times every line from inside the interpreter', async () => {
    const result = await runSnippet(snippet('sleepy.py'));
    const [start, end] = result.lines;
    expect(start).toMatchObject({ stream: 'out', text: 'start' });
    expect(end).toMatchObject({ stream: 'out', text: 'end' });
    expect(start!.t).toBeLessThan(0.5);
    expect(end!.t - start!.t).toBeGreaterThanOrEqual(1);
    expect(end!.t - start!.t).toBeLessThan(1.5);
    expect(result.duration).toBeGreaterThanOrEqual(1);
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

  test('kills a hanging program at the hard timeout', async () => {
    const result = await runSnippet(snippet('hangs.py'), { timeout: 1 });
    expect(result.killed).toBe(true);
    expect(result.exitCode).toBeNull();
    expect(result.stdout).toBe('waiting\n');
    expect(result.wallTime).toBeLessThan(5);
  });

  test('stops a program at stopAfter and dumps every thread stack first', async () => {
    const result = await runSnippet(snippet('hangs.py'), { stopAfter: 0.5, dumpStacks: true });
    expect(result.killed).toBe(true);
    expect(result.stackDump).toMatch(/Current thread 0x[0-9a-f]+ \(most recent call first\):\n  File "hangs\.py", line 6 in <module>/);
  });

  test('kills the whole process group, child processes included', async () => {
    const result = await runSnippet(snippet('leaves-child.py'), { timeout: 2 });
    const childPid = Number(result.stdout.trim());
    expect(childPid).toBeGreaterThan(0);
    // Gone, or at most a zombie waiting for init to reap it: it runs no more.
    const state = existsSync(`/proc/${childPid}/stat`) ? readFileSync(`/proc/${childPid}/stat`, 'utf8').split(' ')[2] : 'gone';
    expect(['gone', 'Z']).toContain(state);
  });

  test('runs at the requested niceness, so untimed runs give way to timed ones', async () => {
    expect((await runSnippet(snippet('niceness.py'))).stdout).toBe('0\n');
    expect((await runSnippet(snippet('niceness.py'), { nice: 19 })).stdout).toBe('19\n');
  });

  test('fails clearly when the interpreter cannot be started', async () => {
    await expect(runSnippet(snippet('abcd.py'), { python: '/no/such/python' })).rejects.toThrow(/could not start \/no\/such\/python/);
  });
});
