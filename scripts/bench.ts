/**
 * npm run bench [-- WORD]
 * Runs each stage (or only those whose name contains WORD) of `npm test` on its own, and then Lighthouse on every built page
 * (`npm run bench -- Lighthouse`: its four scores per page, also in data/lighthouse.json) and the search's time to results on
 * cold pages (`npm run bench -- search`, also in data/search-timing.json) and the Run button's start-up (`npm run bench -- Run`,
 * also in data/run-timing.json), and prints each stage's wall time, the CPU time the whole
 * machine spent meanwhile (so Chromium, Python and Pyodide count too: run it on an idle
 * machine), and the ratio of the wall time to the stage's floor: the longest documented run,
 * or CPU divided by cores, whichever is larger. Writes the figures to data/bench.json.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { listPages, readPage, type ExampleSpec } from '../site/lib/literate/index.ts';
import { project } from '../literate.config.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const vitest = [path.join(ROOT, 'node_modules', 'vitest', 'vitest.mjs'), 'run'];
const cores = os.availableParallelism();

/** Seconds of CPU the machine has spent so far, all processes (the first line of /proc/stat). */
function machineCpu(): number {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = ticks;
  return (user! + nice! + system! + irq! + softirq! + steal!) / 100; // USER_HZ is 100 on Linux
}

const documentedSeconds = (example: ExampleSpec) =>
  Math.max(example.total ?? 0, ...(example.at ?? []).map((t) => t ?? 0), example.outcome.kind === 'hangs' ? example.outcome.after : 0);
const longestDocumented = Math.max(...listPages(project).flatMap((file) => readPage(file, project).examples.map(documentedSeconds)));

// `shows`: the stage prints what it measured (the other stages' own output is not shown).
// `part`: it is a part of another stage, or not of npm test at all, and is left out of the total.
const stages: Array<{ name: string; args: string[]; longest?: number; shows?: boolean; part?: boolean }> = [
  { name: 'astro check', args: [path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'check'] },
  { name: 'literate (examples and toolkit)', args: [...vitest, '--project', 'examples', '--project', 'toolkit'], longest: longestDocumented },
  { name: 'of which: timelines re-recorded', args: [...vitest, '--project', 'toolkit', 'tests/timelines.test.ts', 'tests/harness/timeline.test.ts'], longest: longestDocumented, part: true },
  { name: 'site (astro build and built HTML)', args: [...vitest, '--project', 'site'] },
  { name: 'browser (build, Chromium, axe)', args: [...vitest, '--project', 'browser', '--project', 'browser-timed'] },
  // What Run, Edit, Stop and Replay cost in it; the build (about 35 s) is counted here too, since every browser run starts with it.
  { name: 'of which: Run, Edit and Replay (with the build)', args: [...vitest, '--project', 'browser', '--project', 'browser-timed', 'tests/browser/run.test.ts', 'tests/browser/run-timed.test.ts', 'tests/browser/replay.test.ts'], part: true },
  { name: 'teardown (nested suites ended 4 ways)', args: [...vitest, '--project', 'teardown'] },
  { name: 'version matrix', args: [...vitest, '--config', 'vitest.matrix.config.ts'], longest: longestDocumented },
  // Not part of npm test: Lighthouse's four scores for every page of dist/ as the last build left it (scripts/lighthouse.ts).
  { name: 'Lighthouse (every page of dist/)', args: [path.join(ROOT, 'scripts', 'lighthouse.ts'), '--out', path.join(ROOT, 'data', 'lighthouse.json')], shows: true, part: true },
  // Not part of npm test either: the search's time to results on cold pages of dist/ (scripts/search-timing.ts).
  { name: 'search (time to results, cold pages)', args: [path.join(ROOT, 'scripts', 'search-timing.ts'), '--out', path.join(ROOT, 'data', 'search-timing.json')], shows: true, part: true },
  // Nor this: the Run button's click to first line, cold, second and after a reload, on dist/ (scripts/run-timing.ts).
  { name: 'Run button (click to first line)', args: [path.join(ROOT, 'scripts', 'run-timing.ts'), '--out', path.join(ROOT, 'data', 'run-timing.json')], shows: true, part: true },
];

const only = process.argv[2];
const rows: Array<Record<string, string | number | boolean>> = [];
for (const stage of stages.filter((stage) => !only || stage.name.includes(only))) {
  const cpuBefore = machineCpu();
  const started = performance.now();
  const code = await new Promise<number | null>((resolve) =>
    spawn(process.execPath, stage.args, { cwd: ROOT, stdio: ['ignore', stage.shows ? 'inherit' : 'ignore', 'ignore'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } }).once('exit', resolve),
  );
  const wall = (performance.now() - started) / 1000;
  const cpu = machineCpu() - cpuBefore;
  const floor = Math.max(stage.longest ?? 0, cpu / cores);
  const row = { stage: stage.name, passed: code === 0, wall: round(wall), cpu: round(cpu), floor: round(floor), ratio: round(wall / floor), inTotal: !stage.part };
  rows.push(row);
  console.log(`${stage.name.padEnd(40)} ${code === 0 ? 'pass' : 'FAIL'}  wall ${row.wall.toFixed(1).padStart(6)} s  cpu ${row.cpu.toFixed(1).padStart(6)} s  floor ${row.floor.toFixed(1).padStart(6)} s${stage.longest ? ` (longest documented run ${stage.longest} s, cpu/cores ${(cpu / cores).toFixed(1)} s)` : ' (cpu/cores)'}  ×${row.ratio.toFixed(2)}`);
}
const total = rows.reduce((sum, row) => sum + (row.inTotal ? (row.wall as number) : 0), 0);
if (rows.some((row) => row.inTotal)) console.log(`npm test's stages: ${total.toFixed(0)} s on ${cores} cores`);
if (!only) writeFileSync(path.join(ROOT, 'data', 'bench.json'), `${JSON.stringify({ cores, stages: rows, total: round(total) }, null, 2)}\n`);
process.exit(rows.every((row) => row.passed) ? 0 : 1);

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
