/**
 * npm run race-figures [-- --runs 200 --lock-runs 5 --only race|locks]
 *
 * Measures, on every interpreter findInterpreters() finds (pyenv's 3.6 … 3.13 and python3), the two
 * figures that the shared-state and mutex pages render, so that no page copies a number by hand:
 *
 * - data/race-figures.json: snippets/en/shared-state/lost-update.py (two threads, each doing
 *   `num += 1` 100000 times with no lock), run --runs times per interpreter, at most two runs at
 *   once (this machine has two cores): how many runs lost updates, and the smallest and mean
 *   final value.
 * - data/lock-placement.json: snippets/en/mutex/lock-cost.py, which measures the CPU time of the
 *   same 200000 additions with the lock in different places (best of 5 per row), run --lock-runs
 *   times per interpreter, one run at a time so that the runs do not disturb each other: the median
 *   of each row.
 *
 * Every run goes through runSnippet(), exactly as the tests run the pages' examples.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { project } from '../literate.config.ts';
import { defaultPython, findInterpreters, runSnippet, type Interpreter, type RunResult } from '../site/lib/literate/index.ts';
import { median } from './stats.ts';

const ROOT = project.root;
import {
  LOCK_COST_ROWS,
  type LockCostFigures,
  type LockCostInterpreter,
  type LockCostRow,
  type Measurement,
  type RaceFigures,
  type RaceRow,
} from '../site/components/figures.ts';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '200' },
    'lock-runs': { type: 'string', default: '5' },
    only: { type: 'string' },
  },
});
const RUNS = Number(options.runs);
const LOCK_RUNS = Number(options['lock-runs']);
const CONCURRENCY = 2;
const RACE_SNIPPET = path.join(ROOT, 'snippets/en/shared-state/lost-update.py');
const LOCK_SNIPPET = path.join(ROOT, 'snippets/en/mutex/lock-cost.py');
const DATA = path.join(ROOT, 'data');

/** Runs every task, at most `limit` at a time, and returns their results in order. */
async function bounded<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const index = next++;
      results[index] = await tasks[index]!();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** The version of the interpreter the tests run the pages' examples with ($PYTHON or python3). */
const testedVersion = execFileSync(defaultPython(), ['-c', 'import sys; print("%d.%d.%d" % sys.version_info[:3])'], { encoding: 'utf8' }).trim();

function measurement(snippet: string): Measurement {
  const cpus = os.cpus();
  return {
    generatedBy: 'npm run race-figures',
    date: new Date().toISOString().slice(0, 10),
    machine: { cpu: cpus[0]?.model.trim() ?? 'unknown', cores: cpus.length, platform: `${os.platform()} ${os.arch()}` },
    testedVersion,
    snippet: path.relative(ROOT, snippet),
  };
}

const ok = (result: RunResult) => !result.killed && result.exitCode === 0 && result.stderr === '';

/** lost-update.py prints "thread-N is done, num is now X" twice, then "after both threads, num = Y". */
function parseRace(stdout: string): { threads: number[]; final: number } | null {
  const lines = stdout.trimEnd().split('\n');
  if (lines.length !== 3) return null;
  const threads = lines.slice(0, 2).map((line) => /^thread-[12] is done, num is now (\d+)$/.exec(line)?.[1]);
  const final = /^after both threads, num = (\d+)$/.exec(lines[2]!)?.[1];
  if (threads.some((value) => value === undefined) || final === undefined) return null;
  return { threads: threads.map(Number), final: Number(final) };
}

async function raceFigures(interpreters: Interpreter[]): Promise<RaceFigures> {
  const expected = 200000;
  const tasks = interpreters.flatMap((interpreter) =>
    Array.from({ length: RUNS }, () => async () => {
      const result = await runSnippet(RACE_SNIPPET, { python: interpreter.path, timeout: 60 });
      return { interpreter, parsed: ok(result) ? parseRace(result.stdout) : null };
    }),
  );
  let done = 0;
  const results = await bounded(
    tasks.map((task) => async () => {
      const result = await task();
      if (++done % 100 === 0) console.error(`race: ${done}/${tasks.length} runs`);
      return result;
    }),
    CONCURRENCY,
  );
  const rows: RaceRow[] = interpreters.map((interpreter) => {
    const mine = results.filter((result) => result.interpreter === interpreter);
    const parsed = mine.flatMap((result) => (result.parsed ? [result.parsed] : []));
    const finals = parsed.map((run) => run.final);
    return {
      version: interpreter.version,
      path: interpreter.path,
      runs: parsed.length,
      failedRuns: mine.length - parsed.length,
      lostRuns: finals.filter((final) => final < expected).length,
      minFinal: Math.min(...finals),
      meanFinal: Math.round(finals.reduce((sum, final) => sum + final, 0) / Math.max(1, finals.length)),
      maxFinal: Math.max(...finals),
      minThreadValue: Math.min(...parsed.flatMap((run) => run.threads)),
    };
  });
  return { ...measurement(RACE_SNIPPET), expected, runsPerInterpreter: RUNS, concurrency: CONCURRENCY, interpreters: rows };
}

/** lock-cost.py prints one "label: num = 200000, T ms" line per row, then the ratio line. */
function parseLockCost(stdout: string): { ms: number[]; ratio: number } | null {
  const lines = stdout.trimEnd().split('\n');
  if (lines.length !== LOCK_COST_ROWS.length + 1) return null;
  const ms = lines.slice(0, -1).map((line) => /: num = 200000, ([\d.]+) ms$/.exec(line)?.[1]);
  const ratio = / takes ([\d.]+) times as long /.exec(lines.at(-1)!)?.[1];
  if (ms.some((value) => value === undefined) || ratio === undefined) return null;
  return { ms: ms.map(Number), ratio: Number(ratio) };
}

async function lockFigures(interpreters: Interpreter[]): Promise<LockCostFigures> {
  const rows: LockCostInterpreter[] = [];
  for (const interpreter of interpreters) {
    const runs: Array<{ ms: number[]; ratio: number }> = [];
    for (let i = 0; i < LOCK_RUNS; i++) {
      const result = await runSnippet(LOCK_SNIPPET, { python: interpreter.path, timeout: 120 });
      const parsed = ok(result) ? parseLockCost(result.stdout) : null;
      if (parsed) runs.push(parsed);
      else console.error(`locks: ${interpreter.version} run ${i + 1} failed:\n${result.stdout}${result.stderr}`);
    }
    console.error(`locks: ${interpreter.version} done`);
    if (runs.length === 0) continue;
    const ms = Object.fromEntries(LOCK_COST_ROWS.map((row, i) => [row, Number(median(runs.map((run) => run.ms[i]!)).toFixed(1))])) as Record<LockCostRow, number>;
    rows.push({ version: interpreter.version, path: interpreter.path, runs: runs.length, ms, ratio: Number(median(runs.map((run) => run.ratio)).toFixed(1)) });
  }
  return { ...measurement(LOCK_SNIPPET), runsPerInterpreter: LOCK_RUNS, interpreters: rows };
}

const interpreters = findInterpreters();
console.error(`interpreters: ${interpreters.map((interpreter) => `${interpreter.version} (${interpreter.path})`).join(', ')}`);
mkdirSync(DATA, { recursive: true });
const write = (name: string, value: unknown) => {
  writeFileSync(path.join(DATA, name), `${JSON.stringify(value, null, 2)}\n`);
  console.error(`wrote data/${name}`);
};
if (options.only !== 'locks') write('race-figures.json', await raceFigures(interpreters));
if (options.only !== 'race') write('lock-placement.json', await lockFigures(interpreters));
