/**
 * npm run stress [-- RUNS [LOOPS]]
 * Runs the whole `npm test` RUNS times in a row (default 10) while LOOPS busy loops (default: one
 * per core) keep the cores busy. Each loop is started in a session of its own (setsid), as
 * separate programs would be: the kernel then gives each its own scheduling group, so they take
 * their full share from the suite, which `nice` could not hold back. Reports every run's result
 * and wall time, the smallest timing margin any timed check had (how close it came to its
 * tolerance), and the smallest headroom of a measured figure (the factor by which it could still
 * grow or shrink inside its documented range). Each run's output goes to .stress/run-N.log (not committed).
 */
import { spawn } from 'node:child_process';
import { mkdirSync, openSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
const results: Array<{ passed: boolean; seconds: number; margin: number | null; headroom: number | null }> = [];
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
  const seconds = (performance.now() - started) / 1000;
  let margin: number | null = null;
  let closest = '';
  let headroom: number | null = null;
  let tightest = '';
  try {
    for (const line of readFileSync(margins, 'utf8').trim().split('\n')) {
      const entry = JSON.parse(line) as { example: string; margin: number | null; headroom: number | null };
      if (entry.margin !== null && (margin === null || entry.margin < margin)) [margin, closest] = [entry.margin, entry.example];
      if (entry.headroom !== null && (headroom === null || entry.headroom < headroom)) [headroom, tightest] = [entry.headroom, entry.example];
    }
  } catch {
    // no timed check ran
  }
  results.push({ passed: code === 0, seconds, margin, headroom });
  const summary = [...readFileSync(log, 'utf8').replace(/\x1b\[[0-9;]*m/g, '').matchAll(/^\s*Tests\s+(.*)$/gm)].map((match) => match[1]!.trim()).join(' + ');
  console.log(
    `run ${String(run).padStart(2)}: ${code === 0 ? 'pass' : 'FAIL'}  ${seconds.toFixed(0)} s  ${summary || 'no summary'}  smallest timing margin ${margin === null ? '–' : `${margin.toFixed(3)} s (${closest})`}  smallest headroom ${headroom === null ? '–' : `${headroom.toFixed(1)}× (${tightest})`}${code === 0 ? '' : `  → ${path.relative(process.cwd(), log)}`}`,
  );
}
const passed = results.filter((result) => result.passed).length;
const smallest = (values: Array<number | null>) => {
  const seen = values.filter((value): value is number => value !== null);
  return seen.length ? Math.min(...seen) : null;
};
const [margin, headroom] = [smallest(results.map((r) => r.margin)), smallest(results.map((r) => r.headroom))];
console.log(
  `${passed} passed, ${runs - passed} failed; wall time per run ${results.map((r) => r.seconds.toFixed(0)).join(' / ')} s; smallest timing margin ${margin === null ? '–' : `${margin.toFixed(3)} s`}; smallest headroom ${headroom === null ? '–' : `${headroom.toFixed(1)}×`}`,
);
process.exit(passed === runs ? 0 : 1);
