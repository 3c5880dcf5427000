/** The version matrix sorts each run into one cell, and runs examples on Pyodide like on CPython. */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { PYODIDE, runExample, runSnippet } from '../../site/lib/literate/index.ts';
// How a run becomes a cell, which the toolkit does not export.
import { classify, startsThreads } from '../../site/lib/literate/matrix.ts';
import { example, FIXTURES } from './fixtures.ts';

const cellOf = async (spec: ReturnType<typeof example>) => classify(spec, await runExample(spec)).cell;

describe.concurrent('classify', () => {
  test('the documented output is "documented"', async () => {
    expect(await cellOf(example('src="abcd.py"', 'a\nb\nc\nd'))).toEqual({ status: 'documented' });
  });

  test('an unexpected exception is "errors", with the exception line', async () => {
    expect(await cellOf(example('src="raises.py"', 'before'))).toEqual({ status: 'errors', message: 'ValueError: bad value' });
  });

  test('the documented output with an undocumented warning is "warns", with the warning', async () => {
    expect(await cellOf(example('src="warns.py"', 'done'))).toEqual({ status: 'warns', message: 'UserWarning: careful' });
  });

  test('other output is "differs", naming what differs but no measured number', async () => {
    expect(await cellOf(example('src="sleepy.py" at="0 2"', 'start\nend'))).toEqual({ status: 'differs', message: 'timing of lines' });
    expect(await cellOf(example('src="abcd.py"', 'a\nb'))).toEqual({ status: 'differs', message: 'output' });
  });
});

describe.concurrent('Pyodide', () => {
  test('runs a snippet with the same timed records and exit status as CPython', async () => {
    const result = await runSnippet(path.join(FIXTURES.snippetsDir, 'zh', 'sleepy.py'), { python: PYODIDE });
    expect(result.stdout).toBe('start\nend\n');
    expect(result.exitCode).toBe(0);
    expect(result.lines[1]!.t - result.lines[0]!.t).toBeGreaterThanOrEqual(1);
  });

  test('reports an uncaught exception as CPython does', async () => {
    const result = await runSnippet(path.join(FIXTURES.snippetsDir, 'zh', 'raises.py'), { python: PYODIDE });
    expect(result.exitCode).toBe(1);
    expect(result.stderr.trimEnd().split('\n').at(-1)).toBe('ValueError: bad value');
  });

  test('examples that start a thread are recognised, so the matrix does not run them there', () => {
    expect(startsThreads(example('src="hangs.py" hangs="1"', 'waiting'))).toBe(true);
    expect(startsThreads(example('src="abcd.py"', 'a\nb\nc\nd'))).toBe(false);
  });
});
