/**
 * The GitHub Actions workflow (.github/workflows/ci.yml) cannot run from this machine, which reaches
 * no GitHub: what is proven here is that it is a valid workflow by GitHub's schema
 * (@action-validator/cli), and that it runs what this repository says it runs.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const WORKFLOW = path.join(ROOT, '.github', 'workflows', 'ci.yml');
const CLI = createRequire(import.meta.url).resolve('@action-validator/cli/cli.mjs');

interface Problem {
  path?: string;
  title: string;
  detail?: string;
  states?: Array<{ errors: Problem[] }>;
}

/** What the validator says of a workflow file: its exit status and every problem, nested ones included, one line each. */
function validate(file: string): { status: number | null; problems: string[] } {
  const run = spawnSync(process.execPath, [CLI, file], { encoding: 'utf8' });
  const flat = (problem: Problem): string[] => [`${problem.path ?? ''}: ${problem.detail ?? problem.title}`, ...(problem.states ?? []).flatMap((state) => state.errors.flatMap(flat))];
  const problems = run.stderr.trim() ? (JSON.parse(run.stderr) as { errors: Problem[] }).errors.flatMap(flat) : [];
  return { status: run.status, problems };
}

test('the workflow is valid by the GitHub Actions schema', () => {
  expect(validate(WORKFLOW)).toEqual({ status: 0, problems: [] });
});

describe('the validator refuses a broken workflow', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'workflow-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const job = (lines: string) => `name: CI\non: push\njobs:\n  test:\n${lines}`;
  test.each([
    ['a job with no runs-on', job('    steps:\n      - run: npm test\n'), '/jobs/test/runs-on: This property is required'],
    ['a misspelt key', job('    runs-on: ubuntu-24.04\n    step:\n      - run: npm test\n'), "/jobs/test: Additional property 'step' is not allowed"],
    ['a step that neither runs nor uses', job('    runs-on: ubuntu-24.04\n    steps:\n      - name: nothing\n'), '/jobs/test/steps/0/run: This property is required'],
  ])('%s', (name, text, problem) => {
    const file = path.join(dir, `${name.replaceAll(' ', '-')}.yml`);
    writeFileSync(file, text);
    const result = validate(file);
    expect(result.status).toBe(1);
    expect(result.problems).toContain(problem);
  });
});

describe('what the workflow runs', () => {
  const workflow = parse(readFileSync(WORKFLOW, 'utf8')) as { jobs: Record<string, { steps: Array<{ run?: string }>; strategy?: { matrix: { column: string[] } } }> };
  const runs = (job: string) => workflow.jobs[job]!.steps.flatMap((step) => (step.run ? [step.run] : []));
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  test('its test job runs the README’s test command after npm install', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm test');
    expect(runs('test').slice(-2)).toEqual(['npm install --no-audit --no-fund', 'npm test']);
  });

  test('every npm script it calls exists', () => {
    const called = Object.keys(workflow.jobs).flatMap(runs).flatMap((line) => [...line.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!));
    expect(called.filter((script) => !(script in scripts))).toEqual([]);
  });

  test('its column jobs run every column the committed matrix has, and a free-threaded 3.13, 3.14 and 3.14t besides', () => {
    const committed = (JSON.parse(readFileSync(path.join(ROOT, 'data', 'matrix.json'), 'utf8')) as { columns: Array<{ id: string }> }).columns.map((column) => column.id);
    const columnOf = (line: string) => /npm run matrix -- --only (\$\{\{ matrix\.column \}\}|\S+)/.exec(line)?.[1];
    const run = Object.values(workflow.jobs).flatMap((job) =>
      job.steps.flatMap((step) => {
        const id = step.run && columnOf(step.run);
        return id === undefined || id === null ? [] : id === '${{ matrix.column }}' ? job.strategy!.matrix.column : [id];
      }),
    );
    expect(new Set(run)).toEqual(new Set([...committed, '3.13t', '3.14', '3.14t']));
  });
});
