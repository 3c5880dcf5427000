/**
 * npm run stress [-- RUNS [HOGS]]
 * Runs the literate suite (every example and the toolkit's tests) RUNS times in a row (default 30)
 * while HOGS busy processes (default: one per core) keep every core busy, and reports each run's
 * result and wall time. It stops at the first failing run and prints that run's output.
 */
import { spawn, spawnSync } from 'node:child_process';
import os from 'node:os';

const runs = Number(process.argv[2] ?? 30);
const hogCount = Number(process.argv[3] ?? os.availableParallelism());

// Busy loops at normal priority, ended when this script exits.
const hogs = Array.from({ length: hogCount }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stopHogs = () => hogs.forEach((hog) => hog.kill('SIGKILL'));
process.on('exit', stopHogs);

console.log(`${runs} runs of the literate suite with ${hogCount} busy processes on ${os.availableParallelism()} cores`);
const times: number[] = [];
for (let run = 1; run <= runs; run++) {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'literate'], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  times.push(seconds);
  const summary = /Tests\s+(.*)/.exec(result.stdout.replace(/\x1b\[[0-9;]*m/g, ''))?.[1]?.trim() ?? 'no summary';
  console.log(`run ${String(run).padStart(2)}: ${result.status === 0 ? 'pass' : 'FAIL'}  ${seconds.toFixed(1)} s  ${summary}`);
  if (result.status !== 0) {
    console.log(result.stdout.slice(-20_000));
    process.exit(1);
  }
}
const sorted = [...times].sort((a, b) => a - b);
console.log(`${runs} passed, 0 failed; wall time per run: median ${sorted[Math.floor(runs / 2)]!.toFixed(1)} s, max ${sorted.at(-1)!.toFixed(1)} s`);
