/**
 * node scripts/cpu-bound-figures.ts [runs]
 * Runs the concepts page's CPU-bound example (snippets/en/concepts/cpu-bound.py) several times
 * and writes the fastest time of each approach, with the interpreter and the machine, to
 * data/cpu-bound.json, which the page renders with site/components/CpuBoundTable.astro.
 * The literate tests do not assert these times (other tests share the machine); run this
 * on a quiet machine and commit the result.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { project } from '../literate.config.ts';
import { defaultPython, runSnippet } from '../site/lib/literate/index.ts';

const ROOT = project.root;
import { APPROACHES, type Approach, type CpuBoundFigures } from '../site/components/cpu-bound.ts';

const SNIPPET = path.join(ROOT, 'snippets/en/concepts/cpu-bound.py');
const OUTPUT = path.join(ROOT, 'data/cpu-bound.json');
// The snippet's timing lines, in the order it prints them: "<label>: 0.42 s".
const LABELS: Record<Approach, string> = {
  serial: 'one thread, range after range',
  threads: 'two threads',
  processes: 'two processes',
};

const runs = Number(process.argv[2] ?? 5);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a whole number ≥ 1, not ${process.argv[2]}`);

const python = defaultPython();
const interpreter = execFileSync(python, ['-c', 'import platform; print(platform.python_implementation(), platform.python_version())'], {
  encoding: 'utf8',
}).trim();
const loadBefore = os.loadavg()[0] ?? 0;

const all: Record<Approach, number[]> = { serial: [], threads: [], processes: [] };
for (let run = 1; run <= runs; run++) {
  const result = await runSnippet(SNIPPET, { python, timeout: 120 });
  if (result.exitCode !== 0) throw new Error(`run ${run} failed (status ${result.exitCode}):\n${result.stderr}`);
  const lines = result.stdout.trimEnd().split('\n');
  if (lines.at(-1) !== 'all three give the same counts: True') throw new Error(`run ${run}: the three approaches disagree:\n${result.stdout}`);
  for (const approach of APPROACHES) {
    const line = lines.find((text) => text.startsWith(`${LABELS[approach]}: `));
    const seconds = Number(/: (\d+(?:\.\d+)?) s$/.exec(line ?? '')?.[1]);
    if (!Number.isFinite(seconds)) throw new Error(`run ${run}: no time for "${LABELS[approach]}" in:\n${result.stdout}`);
    all[approach].push(seconds);
  }
  console.log(`run ${run}/${runs}: ${APPROACHES.map((approach) => `${approach} ${all[approach].at(-1)} s`).join(', ')}`);
}

const best = Object.fromEntries(APPROACHES.map((approach) => [approach, Math.min(...all[approach])])) as Record<Approach, number>;
const figures: CpuBoundFigures = {
  measured: new Date().toISOString(),
  snippet: path.relative(ROOT, SNIPPET),
  interpreter,
  machine: {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    os: `${os.platform()} ${os.release()}`,
    loadBefore: Math.round(loadBefore * 100) / 100,
  },
  runs,
  best,
  all,
};
writeFileSync(OUTPUT, `${JSON.stringify(figures, null, 2)}\n`);
console.log(`wrote ${path.relative(ROOT, OUTPUT)}: best ${APPROACHES.map((approach) => `${approach} ${best[approach]} s`).join(', ')}`);
