/**
 * Checks a run against what its page documents, with the matcher the page declares.
 * Each check returns the problems it found; no problems means the page tells the truth.
 */
import path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { LiterateConfig } from './config.ts';
import { exampleLabel, type ExampleSpec, type Order } from './example.ts';
import { matchLine, type OutputPattern } from './patterns.ts';
import { STARTUP_LIMIT } from './processes.ts';
import { runSnippet, type OutputLine, type RunOptions, type RunResult } from './run-snippet.ts';

/** Does the page check when this example's lines appear or how long it runs? */
export const isTimed = (example: ExampleSpec) => example.at !== null || example.total !== null;

/**
 * Milliseconds a test of this example may take in all: its run's own limit, which counts from the
 * snippet's start, plus room for waiting its turn to start and for a slow start-up.
 */
export const testBudget = (example: ExampleSpec) => (example.timeout + 2 * STARTUP_LIMIT) * 1000;

/**
 * Runs an example the way its page says it behaves (a hanging one is stopped and its stacks
 * dumped). Examples whose check involves no clock run at low priority, so they never hold up one
 * whose check does: a hanging one is judged by where it is after its documented seconds.
 */
export function runExample(example: ExampleSpec, options: RunOptions = {}): Promise<RunResult> {
  const { outcome } = example;
  return runSnippet(example.snippet, {
    timeout: example.timeout,
    nice: isTimed(example) || outcome.kind === 'hangs' ? 0 : 19,
    ...(outcome.kind === 'hangs' ? { stopAfter: outcome.after, dumpStacks: true } : {}),
    ...options,
  });
}

/**
 * Pairs documented lines with actual lines: exact order, any order, or any order within
 * ranges. Returns, for each documented line, the index of its actual line, or null when
 * no pairing satisfies every line.
 */
export function matchLines(expected: OutputPattern[], actual: string[], order: Order): number[] | null {
  if (expected.length !== actual.length) return null;
  const blocks: Array<[number, number]> = []; // [from, to) slices matched as multisets
  if (order.kind === 'any') blocks.push([0, expected.length]);
  if (order.kind === 'ranges') for (const [from, to] of order.ranges) blocks.push([from - 1, to]);
  const pairing: number[] = expected.map((_, i) => i);
  const inBlock = new Set(blocks.flatMap(([from, to]) => range(from, to)));
  for (let i = 0; i < expected.length; i++) if (!inBlock.has(i) && !matchLine(expected[i]!, actual[i]!)) return null;
  for (const [from, to] of blocks) {
    const pairs = bipartite(range(from, to), range(from, to), (e, a) => matchLine(expected[e]!, actual[a]!));
    if (!pairs) return null;
    for (const [e, a] of pairs) pairing[e] = a;
  }
  return pairing;
}

const range = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => from + i);

/** A perfect matching between documented and actual lines (augmenting paths; blocks are small). */
function bipartite(left: number[], right: number[], fits: (l: number, r: number) => boolean): Map<number, number> | null {
  const owner = new Map<number, number>(); // right → left
  const tryAssign = (l: number, seen: Set<number>): boolean => {
    for (const r of right) {
      if (seen.has(r) || !fits(l, r)) continue;
      seen.add(r);
      const current = owner.get(r);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(r, l);
        return true;
      }
    }
    return false;
  };
  for (const l of left) if (!tryAssign(l, new Set())) return null;
  return new Map([...owner].map(([r, l]) => [l, r]));
}

/** The last non-empty line of a program's output: where an uncaught exception's line is. */
export const lastLine = (text: string) => text.trimEnd().split('\n').at(-1) ?? '';

/** The hints that interpreters since 3.10 append to some error lines. */
const ERROR_HINT = /^\. (?:Did you mean: .+\?|Perhaps you forgot a comma\?)$/;

/**
 * Is this the documented error line? Exactly, or followed by nothing but an interpreter's hint
 * (". Did you mean: 'is_alive'?", ". Perhaps you forgot a comma?"), so that a page can document
 * the error itself, which older versions print without the hint.
 */
export function isDocumentedError(actual: string, documented: string): boolean {
  return actual === documented || (actual.startsWith(documented) && ERROR_HINT.test(actual.slice(documented.length)));
}
const withNewline = (text: string) => (text === '' ? '' : `${text}\n`);

/** Everything that is wrong with this run, judged by the page; empty when the page is right. */
export function checkExample(example: ExampleSpec, result: RunResult): string[] {
  const problems: string[] = [];
  const { outcome } = example;
  const stdoutLines = result.lines.filter((line) => line.stream === 'out');

  if (result.killed && outcome.kind !== 'hangs')
    problems.push(`the program did not finish within ${example.timeout} s and was killed`);
  if (outcome.kind === 'hangs' && !result.killed)
    problems.push(`the page says the program never finishes, but it exited (status ${result.exitCode}) after ${result.duration?.toFixed(2) ?? '?'} s`);

  const pairing = matchLines(example.expected, stdoutLines.map((line) => line.text), example.order);
  if (!pairing) problems.push(describeOrder(example.order, example.expected.length, stdoutLines.length));
  else if (example.at) problems.push(...checkTimes(example, stdoutLines, pairing));
  if (outcome.kind !== 'hangs' && pairing && result.stdout !== '' && result.stdout.endsWith('\n') !== example.finalNewline)
    problems.push(example.finalNewline ? 'the output does not end with a newline; add noFinalNewline if that is intended' : 'the output ends with a newline, but the page says noFinalNewline');

  if (example.total !== null && !result.killed) {
    const duration = result.duration ?? NaN;
    if (!(Math.abs(duration - example.total) <= example.tolerance))
      problems.push(`the run took ${duration.toFixed(2)} s; the page says ${example.total} s (±${example.tolerance})`);
  }

  if (example.stacks) {
    const documented = example.stacks.text.split('\n').sort();
    const actual = snippetFrames(result.stackDump, path.basename(example.snippet)).sort();
    if (documented.join('\n') !== actual.join('\n'))
      problems.push(`the threads are stuck at\n      ${actual.join('\n      ') || '(no dump)'}\n    but the page says\n      ${documented.join('\n      ')}`);
  }

  switch (outcome.kind) {
    case 'exits':
    case 'hangs':
      if (outcome.kind === 'exits' && result.exitCode !== 0 && !result.killed)
        problems.push(`the program exited with status ${result.exitCode}, not 0`);
      if (result.stderr !== withNewline(example.stderr?.text ?? ''))
        problems.push(example.stderr ? 'stderr differs from the documented stderr' : 'the program wrote to stderr, which the page does not document');
      break;
    case 'raises':
    case 'syntax-error':
      if (result.exitCode !== 1) problems.push(`the page says the program fails, but it exited with status ${result.exitCode}`);
      if (!isDocumentedError(lastLine(result.stderr), outcome.error))
        problems.push(`the program's error is "${lastLine(result.stderr)}"; the page says "${outcome.error}"`);
      if (outcome.kind === 'syntax-error' && !result.stderr.includes(`"${path.basename(example.snippet)}", line ${outcome.line}\n`))
        problems.push(`the compiler does not point at line ${outcome.line} of ${example.src}`);
      break;
  }
  return problems;
}

/**
 * How close a passing run came to failing on time: the smallest room left between a timed line
 * (or the whole run) and its tolerance, in seconds; null for an untimed example or a failed match.
 */
export function timingMargin(example: ExampleSpec, result: RunResult): number | null {
  if (!isTimed(example)) return null;
  const stdoutLines = result.lines.filter((line) => line.stream === 'out');
  const pairing = matchLines(example.expected, stdoutLines.map((line) => line.text), example.order);
  if (!pairing) return null;
  const misses = (example.at ?? []).flatMap((expected, i) => (expected === null ? [] : [Math.abs(stdoutLines[pairing[i]!]!.t - expected)]));
  if (example.total !== null && result.duration !== null) misses.push(Math.abs(result.duration - example.total));
  return misses.length === 0 ? null : example.tolerance - Math.max(...misses);
}

/** The frames of the snippet's own file in a faulthandler dump: `File "x.py", line 12 in run`. */
export function snippetFrames(dump: string, fileName: string): string[] {
  return dump
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`File "${fileName}", line `));
}

function describeOrder(order: Order, documented: number, actual: number): string {
  if (documented !== actual) return `the program printed ${actual} lines; the page documents ${documented}`;
  if (order.kind === 'exact') return 'the output differs from the documented output';
  if (order.kind === 'any') return 'the output lines are not the documented lines in any order';
  return `the output differs from the documented output, even letting lines ${order.ranges.map(([a, b]) => `${a}-${b}`).join(', ')} swap`;
}

function checkTimes(example: ExampleSpec, lines: OutputLine[], pairing: number[]): string[] {
  const problems: string[] = [];
  example.at!.forEach((expected, i) => {
    const actual = lines[pairing[i]!]!.t;
    if (expected !== null && !(Math.abs(actual - expected) <= example.tolerance))
      problems.push(`line ${i + 1} "${example.expected[i]!.documented}" appeared at ${actual.toFixed(2)} s; the page says ${expected} s (±${example.tolerance})`);
  });
  return problems;
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
  const actualLines = result.lines.filter((line) => line.stream === 'out');
  const firstMismatch = example.expected.findIndex((line, i) => !actualLines[i] || !matchLine(line, actualLines[i]!.text));
  const at = firstMismatch >= 0 ? [`  first differing line: ${path.relative(config.root, example.file)}:${example.output.line + 1 + firstMismatch}`] : [];
  return [
    `${exampleLabel(example, config)} (snippet ${path.relative(config.root, example.snippet)})`,
    ...problems.map((problem) => `  ✗ ${problem}`),
    ...at,
    '',
    diff.trim(),
    '',
    'actual output with times:',
    timed(result.lines.filter((line) => line.stream === 'out')) || '(nothing)',
    ...(result.stderr ? ['stderr:', result.stderr.trimEnd()] : []),
  ].join('\n');
}
