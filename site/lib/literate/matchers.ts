/**
 * Runs an example as its page says it behaves, and reports a failed check (checks.ts judges).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { alignOutput, isTimed, printsMeasurements, withNewline } from './checks.ts';
import type { LiterateConfig } from './config.ts';
import { exampleLabel, type ExampleSpec } from './example.ts';
import { STARTUP_LIMIT } from './processes.ts';
import { runSnippet, type RunOptions, type RunResult } from './run-snippet.ts';
import type { OutputLine } from './transcript.ts';

/**
 * Milliseconds a test of this example may take in all: its run's own limit, which counts from the
 * snippet's start, plus room for waiting its turn to start and for a slow start-up.
 */
export const testBudget = (example: ExampleSpec) => (example.timeout + 2 * STARTUP_LIMIT) * 1000;

/**
 * What makes a program wait on the clock: a sleep (but `sleep(0)`, which only yields), a timeout or a
 * timer. Such a program's lines can come in another order when its CPU comes late: gather.py prints
 * 快 before 慢 because its sleep of 0.5 s starts with the sleep of 1 s, which needs the CPU between them.
 */
const CLOCK_WAITS = /\bsleep\s*\(\s*(?!0\s*\))|\btimeout\b|\bcall_(?:later|at)\s*\(|\bTimer\s*\(/;

/** Whether the program sleeps, waits with a timeout or sets a timer, so that the clock can decide what it prints. */
function waitsOnClock(example: Pick<ExampleSpec, 'snippet'>): boolean {
  return CLOCK_WAITS.test(readFileSync(example.snippet, 'utf8'));
}

/**
 * Runs an example the way its page says it behaves (a hanging one is stopped and its stacks
 * dumped). Examples whose output no clock decides run at low priority, so that they give way to
 * the ones where a clock does (timed lines, a hang judged after its documented seconds, lines
 * ordered by sleeps), which run at normal priority. Both stay in the runner's session, and so in
 * its scheduling autogroup, where `nice` ranks them against each other: on an idle machine, timed
 * runs in sessions of their own came within 0.06 s of their 0.3 s tolerance, against 0.25 s in the
 * runner's. Beside six busy loops of the runner's session, 8 recorded runs of gather.py at once:
 * at nice 19, 7 did not reach the snippet within a minute and the eighth printed 慢 before 快; at
 * nice 0, all 8 printed on time to within 0.05 s. One that prints figures it measured runs at
 * normal priority in a session of its own, one at a time: at nice 19 beside two busy loops of the
 * runner's session, cpu-bound.py printed 52 s for 0.24 s of work.
 */
export function runExample(example: ExampleSpec, options: RunOptions = {}): Promise<RunResult> {
  const { outcome } = example;
  const measures = printsMeasurements(example);
  return runSnippet(example.snippet, {
    timeout: example.timeout,
    nice: isTimed(example) || outcome.kind === 'hangs' || measures || waitsOnClock(example) ? 0 : 19,
    ownSession: measures,
    alone: measures,
    ...(outcome.kind === 'hangs' ? { stopAfter: outcome.after, dumpStacks: true } : {}),
    ...options,
  });
}

/** A failure report: where the example is, what is wrong, and a diff of documented against actual output. */
export function describeFailure(example: ExampleSpec, result: RunResult, problems: string[], config: Pick<LiterateConfig, 'root'>): string {
  const documented = example.finalNewline ? withNewline(example.output.text) : example.output.text;
  const timed = (lines: OutputLine[]) => lines.map((line) => `[${line.t.toFixed(2).padStart(5)} s] ${line.text}`).join('\n');
  const diff = createTwoFilesPatch(
    `documented (${path.relative(config.root, example.file)}:${example.output.line + 1})`,
    `actual (${example.src})`,
    documented,
    result.stdout,
    undefined,
    undefined,
    { context: 3 },
  )
    .split('\n')
    .filter((line) => !line.startsWith("====")) // the separator line says nothing
    .join('\n');
  const printed = result.lines.filter((line) => line.stream === 'out');
  // The first documented line that no printed line satisfies, lined up as the check allows (an
  // inserted line, or lines in any order, do not shift the blame onto the lines after them).
  const firstMismatch = alignOutput(example, printed.map((line) => line.text)).documented.indexOf(null);
  const at = firstMismatch >= 0 ? [`  first differing line: ${path.relative(config.root, example.file)}:${example.output.line + 1 + firstMismatch}`] : [];
  return [
    `${exampleLabel(example, config)} (snippet ${path.relative(config.root, example.snippet)})`,
    ...problems.map((problem) => `  ✗ ${problem}`),
    ...at,
    '',
    diff.trim(),
    '',
    'actual output with times:',
    timed(printed) || '(nothing)',
    ...(result.stderr ? ['stderr:', result.stderr.trimEnd()] : []),
  ].join('\n');
}
