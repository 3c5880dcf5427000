/**
 * npm run stress [-- RUNS [LOOPS]]
 * Runs the whole `npm test` RUNS times in a row (default 10) while LOOPS busy loops (default: one
 * per core) keep the cores busy. Each loop is started in a session of its own (setsid), as
 * separate programs would be: the kernel then gives each its own scheduling group, so they take
 * their full share from the suite, which `nice` could not hold back. Reports every run's result
 * and wall time, the smallest timing margin any timed check had (how close it came to its
 * tolerance: among the examples, and apart from them among the timed runs clicked in the page),
 * and the smallest headroom of a measured figure (the factor by which it could still
 * grow or shrink inside its documented range). Each run's output goes to .stress/run-N.log (not committed).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MarginEntry } from '../tests/margins.ts';

const runs = Number(process.argv[2] ?? 10);
const loopCount = Number(process.argv[3] ?? os.availableParallelism());
const logs = path.resolve('.stress');
mkdirSync(logs, { recursive: true });

const loops = Array.from({ length: loopCount }, () => spawn('sh', ['-c', 'while :; do :; done'], { detached: true, stdio: 'ignore' }));
/** Kills a process group that may be gone already (a loop someone else ended), so that the handlers after this one still run. */
const killGroup = (pid: number | undefined) => {
  try {
    if (pid !== undefined) process.kill(-pid, 'SIGKILL');
  } catch {
    // already gone
  }
};
const stopLoops = () => loops.forEach((loop) => killGroup(loop.pid));
process.once('exit', stopLoops);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => process.exit(130));

console.log(`${runs} runs of npm test with ${loopCount} busy loops, each in its own session, on ${os.availableParallelism()} cores`);
type Closest = { value: number; example: string } | null;
/** The smallest of a figure over the entries of one kind (in the page or not), and whose it is. */
const closest = (entries: MarginEntry[], figure: 'margin' | 'headroom', page: boolean): Closest =>
  entries.reduce<Closest>((found, entry) => {
    const value = entry[figure];
    return value === null || (entry.page ?? false) !== page || (found !== null && found.value <= value) ? found : { value, example: entry.example };
  }, null);
const shown = (found: Closest, unit: (value: number) => string) => (found === null ? '–' : `${unit(found.value)} (${found.example})`);
const seconds = (value: number) => `${value.toFixed(3)} s`;
const factor = (value: number) => `${value.toFixed(1)}×`;
const results: Array<{ passed: boolean; wall: number; entries: MarginEntry[] }> = [];
for (let run = 1; run <= runs; run++) {
  const log = path.join(logs, `run-${run}.log`);
  const margins = path.join(logs, `run-${run}.margins`);
  rmSync(margins, { force: true });
  const started = performance.now();
  const output = openSync(log, 'w');
  // Its own process group, so that if this script is stopped, the run it is in is stopped with it.
  const suite = spawn('npm', ['test'], { detached: true, stdio: ['ignore', output, output], env: { ...process.env, LITERATE_MARGINS: margins } });
  const stopSuite = () => suite.exitCode === null && killGroup(suite.pid);
  process.once('exit', stopSuite);
  const code = await new Promise<number | null>((resolve) => suite.once('exit', resolve));
  process.off('exit', stopSuite);
  const wall = (performance.now() - started) / 1000;
  let entries: MarginEntry[] = [];
  try {
    entries = readFileSync(margins, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as MarginEntry);
  } catch {
    // no timed check ran
  }
  results.push({ passed: code === 0, wall, entries });
  const summary = [...readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').matchAll(/^\s*Tests\s+(.*)$/gm)].map((match) => match[1]!.trim()).join(' + ');
  console.log(
    `run ${String(run).padStart(2)}: ${code === 0 ? 'pass' : 'FAIL'}  ${wall.toFixed(0)} s  ${summary || 'no summary'}  ${figures(entries)}${code === 0 ? '' : `  → ${path.relative(process.cwd(), log)}`}`,
  );
}
const passed = results.filter((result) => result.passed).length;
console.log(`${passed} passed, ${runs - passed} failed; wall time per run ${results.map((r) => r.wall.toFixed(0)).join(' / ')} s; over all runs: ${figures(results.flatMap((r) => r.entries))}`);

function figures(entries: MarginEntry[]): string {
  return `smallest timing margin ${shown(closest(entries, 'margin', false), seconds)}, in the page ${shown(closest(entries, 'margin', true), seconds)}; smallest headroom ${shown(closest(entries, 'headroom', false), factor)}`;
}
process.exit(passed === runs ? 0 : 1);
