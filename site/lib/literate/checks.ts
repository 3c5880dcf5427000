/**
 * Judges a run by what its page documents, with the matcher the page declares: each check
 * returns the problems it found, and no problems means the page tells the truth. Pure, with no
 * Node imports: the tests, the version matrix and the browser's Run button all judge with it.
 */
import { diffArrays } from 'diff';
import type { ExampleSpec, Order } from './example.ts';
import { matchLine, placeholderValues, type OutputPattern, type Piece } from './patterns.ts';
import type { OutputLine } from './transcript.ts';

/** What a check needs of an example: what its page documents, not where the page is. */
export type CheckedExample = Pick<ExampleSpec, 'src' | 'expected' | 'finalNewline' | 'order' | 'at' | 'total' | 'tolerance' | 'outcome' | 'timeout'> & {
  stderr: { text: string } | null;
  stacks: { text: string } | null;
};

/** What a check needs of a run. */
export interface CheckedRun {
  stdout: string;
  stderr: string;
  lines: OutputLine[];
  /** null when the run was killed. */
  exitCode: number | null;
  killed: boolean;
  /** Seconds from the snippet's start to interpreter shutdown; null if it never got there. */
  duration: number | null;
  /** faulthandler's dump of every thread's stack, for a run stopped with its stacks dumped. */
  stackDump: string;
}

/**
 * A CheckedExample as a page carries it, in JSON: a line without placeholders as its text, and
 * what every example has by default left out. packExample and unpackExample are each other's inverse.
 */
export interface PackedExample {
  src: string;
  expected: Array<string | { documented: string; pieces: Piece[] }>;
  tolerance: number;
  timeout: number;
  /** Left out: true. */
  finalNewline?: false;
  /** Left out: exact. */
  order?: CheckedExample['order'];
  at?: NonNullable<CheckedExample['at']>;
  total?: number;
  /** Left out: the program exits. */
  outcome?: CheckedExample['outcome'];
  stderr?: string;
  stacks?: string;
}

export function packExample(example: CheckedExample): PackedExample {
  const { src, tolerance, timeout, finalNewline, order, at, total, outcome, stderr, stacks } = example;
  return {
    src,
    expected: example.expected.map((line) => (line.literal ? line.documented : { documented: line.documented, pieces: line.pieces })),
    tolerance,
    timeout,
    ...(finalNewline ? {} : { finalNewline }),
    ...(order.kind === 'exact' ? {} : { order }),
    ...(at === null ? {} : { at }),
    ...(total === null ? {} : { total }),
    ...(outcome.kind === 'exits' ? {} : { outcome }),
    ...(stderr === null ? {} : { stderr: stderr.text }),
    ...(stacks === null ? {} : { stacks: stacks.text }),
  };
}

export function unpackExample(packed: PackedExample): CheckedExample {
  return {
    src: packed.src,
    expected: packed.expected.map((line) =>
      typeof line === 'string' ? { documented: line, pieces: line === '' ? [] : [{ kind: 'text', text: line }], literal: true } : { ...line, literal: false },
    ),
    tolerance: packed.tolerance,
    timeout: packed.timeout,
    finalNewline: packed.finalNewline ?? true,
    order: packed.order ?? { kind: 'exact' },
    at: packed.at ?? null,
    total: packed.total ?? null,
    outcome: packed.outcome ?? { kind: 'exits' },
    stderr: packed.stderr === undefined ? null : { text: packed.stderr },
    stacks: packed.stacks === undefined ? null : { text: packed.stacks },
  };
}

/** The file name the interpreter reports for the snippet ("cpu-bound.py"). */
export const snippetName = (example: Pick<CheckedExample, 'src'>) => example.src.split('/').at(-1)!;

/** Does the page check when this example's lines appear or how long it runs? */
export const isTimed = (example: Pick<CheckedExample, 'at' | 'total'>) => example.at !== null || example.total !== null;

/** The documented output holds a figure the program measures itself: a {{float}} range, such as a duration or a ratio. */
export const printsMeasurements = (example: Pick<CheckedExample, 'expected'>) => example.expected.some((line) => line.pieces.some((piece) => piece.kind === 'float'));

/**
 * Pairs documented lines with actual lines: exact order, any order, or any order within
 * ranges. Returns, for each documented line, the index of its actual line, or null when
 * no pairing satisfies every line.
 */
export function matchLines(expected: OutputPattern[], actual: string[], order: Order): number[] | null {
  if (expected.length !== actual.length) return null;
  const blocks = anyOrderBlocks(order, expected.length);
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

/** The [from, to) slices of the documented lines that are matched as multisets (in any order among themselves). */
const anyOrderBlocks = (order: Order, lines: number): Array<[number, number]> =>
  order.kind === 'any' ? [[0, lines]] : order.kind === 'ranges' ? order.ranges.map(([from, to]) => [from - 1, to]) : [];

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
export const withNewline = (text: string) => (text === '' ? '' : `${text}\n`);

/**
 * One thing wrong with a run, as data: the toolkit words it for contributors (describeProblem),
 * and a page in its reader's language.
 */
export type Problem =
  | { kind: 'killed'; timeout: number }
  | { kind: 'finished'; exitCode: number | null; duration: number | null }
  | { kind: 'line-count'; printed: number; documented: number }
  | { kind: 'lines-differ'; order: Order }
  | { kind: 'line-time'; line: number; text: string; at: number; documented: number; tolerance: number }
  | { kind: 'final-newline'; missing: boolean }
  | { kind: 'run-time'; took: number; documented: number; tolerance: number }
  | { kind: 'stacks'; stuckAt: string[]; documented: string[] }
  | { kind: 'exit-status'; exitCode: number | null }
  | { kind: 'stderr'; documented: boolean }
  | { kind: 'did-not-fail'; exitCode: number | null }
  | { kind: 'error-line'; printed: string; documented: string }
  | { kind: 'compiler-line'; line: number; src: string };

/** Everything that is wrong with this run, judged by the page; empty when the page is right. */
export function findProblems(example: CheckedExample, result: CheckedRun): Problem[] {
  const problems: Problem[] = [];
  const { outcome } = example;
  const stdoutLines = result.lines.filter((line) => line.stream === 'out');

  if (result.killed && outcome.kind !== 'hangs') problems.push({ kind: 'killed', timeout: example.timeout });
  if (outcome.kind === 'hangs' && !result.killed) problems.push({ kind: 'finished', exitCode: result.exitCode, duration: result.duration });

  const pairing = matchLines(example.expected, stdoutLines.map((line) => line.text), example.order);
  if (!pairing)
    problems.push(
      stdoutLines.length === example.expected.length
        ? { kind: 'lines-differ', order: example.order }
        : { kind: 'line-count', printed: stdoutLines.length, documented: example.expected.length },
    );
  else if (example.at) problems.push(...checkTimes(example, stdoutLines, pairing));
  if (outcome.kind !== 'hangs' && pairing && result.stdout !== '' && result.stdout.endsWith('\n') !== example.finalNewline)
    problems.push({ kind: 'final-newline', missing: example.finalNewline });

  if (example.total !== null && !result.killed) {
    const took = result.duration ?? NaN;
    if (!(Math.abs(took - example.total) <= example.tolerance)) problems.push({ kind: 'run-time', took, documented: example.total, tolerance: example.tolerance });
  }

  if (example.stacks) {
    const documented = example.stacks.text.split('\n').sort();
    const stuckAt = snippetFrames(result.stackDump, snippetName(example)).sort();
    if (documented.join('\n') !== stuckAt.join('\n')) problems.push({ kind: 'stacks', stuckAt, documented });
  }

  switch (outcome.kind) {
    case 'exits':
    case 'hangs':
      if (outcome.kind === 'exits' && result.exitCode !== 0 && !result.killed) problems.push({ kind: 'exit-status', exitCode: result.exitCode });
      if (result.stderr !== withNewline(example.stderr?.text ?? '')) problems.push({ kind: 'stderr', documented: example.stderr !== null });
      break;
    case 'raises':
    case 'syntax-error':
      if (result.exitCode !== 1) problems.push({ kind: 'did-not-fail', exitCode: result.exitCode });
      if (!isDocumentedError(lastLine(result.stderr), outcome.error)) problems.push({ kind: 'error-line', printed: lastLine(result.stderr), documented: outcome.error });
      if (outcome.kind === 'syntax-error' && !result.stderr.includes(`"${snippetName(example)}", line ${outcome.line}\n`))
        problems.push({ kind: 'compiler-line', line: outcome.line, src: example.src });
      break;
  }
  return problems;
}

/** A problem in the toolkit's words, for contributors: what is wrong and, where it helps, what to do. */
export function describeProblem(problem: Problem): string {
  switch (problem.kind) {
    case 'killed':
      return `the program did not finish within ${problem.timeout} s and was killed`;
    case 'finished':
      return `the page says the program never finishes, but it exited (status ${problem.exitCode}) after ${problem.duration?.toFixed(2) ?? '?'} s`;
    case 'line-count':
      return `the program printed ${problem.printed} lines; the page documents ${problem.documented}`;
    case 'lines-differ':
      return problem.order.kind === 'exact'
        ? 'the output differs from the documented output'
        : problem.order.kind === 'any'
          ? 'the output lines are not the documented lines in any order'
          : `the output differs from the documented output, even letting lines ${problem.order.ranges.map(([a, b]) => `${a}-${b}`).join(', ')} swap`;
    case 'line-time':
      return `line ${problem.line} "${problem.text}" appeared at ${problem.at.toFixed(2)} s; the page says ${problem.documented} s (±${problem.tolerance})`;
    case 'final-newline':
      return problem.missing ? 'the output does not end with a newline; add noFinalNewline if that is intended' : 'the output ends with a newline, but the page says noFinalNewline';
    case 'run-time':
      return `the run took ${problem.took.toFixed(2)} s; the page says ${problem.documented} s (±${problem.tolerance})`;
    case 'stacks':
      return `the threads are stuck at\n      ${problem.stuckAt.join('\n      ') || '(no dump)'}\n    but the page says\n      ${problem.documented.join('\n      ')}`;
    case 'exit-status':
      return `the program exited with status ${problem.exitCode}, not 0`;
    case 'stderr':
      return problem.documented ? 'stderr differs from the documented stderr' : 'the program wrote to stderr, which the page does not document';
    case 'did-not-fail':
      return `the page says the program fails, but it exited with status ${problem.exitCode}`;
    case 'error-line':
      return `the program's error is "${problem.printed}"; the page says "${problem.documented}"`;
    case 'compiler-line':
      return `the compiler does not point at line ${problem.line} of ${problem.src}`;
  }
}

/** Everything that is wrong with this run, in the toolkit's words; empty when the page is right. */
export const checkExample = (example: CheckedExample, result: CheckedRun): string[] => findProblems(example, result).map(describeProblem);

/** How a run's printed lines line up with the documented lines (alignOutput). */
export interface Alignment {
  /** For each documented line, the printed line that satisfies it in the alignment; null if none does. */
  documented: Array<number | null>;
  /** The printed lines that no documented line accounts for: what a reader is shown as differing. */
  unmatched: number[];
}

/**
 * Lines up a run's printed lines with the documented ones as a diff does, a printed line being the
 * same as a documented one when it satisfies it (placeholders and all), so that one inserted line
 * is one difference. Lines that may come in any order are matched within their block.
 */
export function alignOutput(example: Pick<CheckedExample, 'expected' | 'order'>, printed: string[]): Alignment {
  const { expected, order } = example;
  const documented: Array<number | null> = expected.map(() => null);
  const matched = new Set<number>();
  if (order.kind === 'exact') {
    type Token = { pattern: OutputPattern } | { text: string; index: number };
    const satisfies = (a: Token, b: Token) => 'pattern' in a && 'text' in b && matchLine(a.pattern, b.text);
    let line = 0;
    for (const change of diffArrays<Token>(expected.map((pattern) => ({ pattern })), printed.map((text, index) => ({ text, index })), { comparator: satisfies })) {
      if (change.removed) line += change.count;
      else if (!change.added)
        for (const token of change.value) {
          // A common stretch carries the printed side's tokens.
          if ('index' in token) {
            documented[line++] = token.index;
            matched.add(token.index);
          }
        }
    }
  } else {
    const pairing = matchLines(expected, printed, order);
    if (pairing) pairing.forEach((index, line) => ((documented[line] = index), matched.add(index)));
    else {
      // No pairing satisfies every line: a printed line counts as matched where a documented line of
      // its place or of its block accepts it, and a documented line takes the first printed line of
      // its place or block that it accepts and no earlier line took.
      const blocks = anyOrderBlocks(order, expected.length);
      const blockOf = (i: number) => blocks.find(([from, to]) => i >= from && i < to);
      printed.forEach((text, i) => {
        const block = blockOf(i);
        const candidates = block ? expected.slice(...block) : expected[i] ? [expected[i]] : [];
        if (candidates.some((pattern) => matchLine(pattern, text))) matched.add(i);
      });
      const taken = new Set<number>();
      expected.forEach((pattern, line) => {
        const [from, to] = blockOf(line) ?? [line, line + 1];
        const index = range(from, Math.min(to, printed.length)).find((i) => !taken.has(i) && matchLine(pattern, printed[i]!));
        if (index === undefined) return;
        documented[line] = index;
        taken.add(index);
      });
    }
  }
  return { documented, unmatched: printed.flatMap((_, i) => (matched.has(i) ? [] : [i])) };
}

/**
 * How close a passing run came to failing on time: the smallest room left between a timed line
 * (or the whole run) and its tolerance, in seconds; null for an untimed example or a failed match.
 */
export function timingMargin(example: CheckedExample, result: CheckedRun): number | null {
  if (!isTimed(example)) return null;
  const stdoutLines = result.lines.filter((line) => line.stream === 'out');
  const pairing = matchLines(example.expected, stdoutLines.map((line) => line.text), example.order);
  if (!pairing) return null;
  const misses = (example.at ?? []).flatMap((expected, i) => (expected === null ? [] : [Math.abs(stdoutLines[pairing[i]!]!.t - expected)]));
  if (example.total !== null && result.duration !== null) misses.push(Math.abs(result.duration - example.total));
  return misses.length === 0 ? null : example.tolerance - Math.max(...misses);
}

/**
 * How close a passing run came to failing on a measured figure: the smallest factor by which a
 * {{float}} value could still grow (or shrink) before it leaves its documented range; null when
 * the example prints no measured figure or the match failed.
 */
export function measurementHeadroom(example: CheckedExample, result: CheckedRun): number | null {
  if (!printsMeasurements(example)) return null;
  const stdoutLines = result.lines.filter((line) => line.stream === 'out');
  const pairing = matchLines(example.expected, stdoutLines.map((line) => line.text), example.order);
  if (!pairing) return null;
  const factors = example.expected.flatMap((pattern, i) => {
    const values = placeholderValues(pattern, stdoutLines[pairing[i]!]!.text)!;
    return pattern.pieces
      .filter((piece) => piece.kind !== 'text')
      .flatMap((piece, j) => {
        if (piece.kind !== 'float') return [];
        const value = Number(values[j]);
        return [piece.max > 0 && value > 0 ? piece.max / value : Infinity, piece.min > 0 ? value / piece.min : Infinity];
      });
  });
  return Math.min(...factors);
}

/** The frames of the snippet's own file in a faulthandler dump: `File "x.py", line 12 in run`. */
export function snippetFrames(dump: string, fileName: string): string[] {
  return dump
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith(`File "${fileName}", line `));
}

function checkTimes(example: CheckedExample, lines: OutputLine[], pairing: number[]): Problem[] {
  return example.at!.flatMap((documented, i) => {
    const at = lines[pairing[i]!]!.t;
    return documented !== null && !(Math.abs(at - documented) <= example.tolerance)
      ? [{ kind: 'line-time' as const, line: i + 1, text: example.expected[i]!.documented, at, documented, tolerance: example.tolerance }]
      : [];
  });
}
