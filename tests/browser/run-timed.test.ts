/**
 * Run on the pages whose chosen example has timed lines (run-harness.ts chooses), in a project of
 * its own that runs after every other browser test. In the page, Pyodide's time.sleep() waits for
 * a timer of the run's worker, which fires late when Chromium is busy: under two busy loops, with
 * axe running in the other test file, kettle-sync-blocking.py's sleep(1) took 1.24 s. The run is
 * judged exactly as the reader's is; only the other tests, and the optimizing compiles of
 * WebAssembly (project.ts), are kept away from it.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { closePages } from './harness.ts';
import { checkPageRun, pageRuns } from './run-harness.ts';

afterEach(() => closePages());

const timedRuns = pageRuns.filter(({ timed }) => timed);

test('some page runs an example whose lines are timed, so this file checks something', () => {
  expect(timedRuns.length).toBeGreaterThan(0);
});

describe('Run, on every page whose example has timed lines', () => {
  test.each(timedRuns)('$url: $key gives what the version matrix found on Pyodide ($pyodide)', checkPageRun);
});
