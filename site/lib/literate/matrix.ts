/**
 * The version matrix: every example run on every interpreter, each cell saying whether that
 * version gives the documented output, gives other output, fails, or warns.
 *
 * Results are split in two files so that a fresh run reproduces the first byte for byte:
 *   data/matrix.json           statuses and messages (exception lines, warning texts): deterministic
 *   data/matrix-measured.json  what was measured (times, the actual output of a differing run)
 */
import { readFileSync } from 'node:fs';
import pLimit, { type LimitFunction } from 'p-limit';
import { createRequire } from 'node:module';
import type { MatrixConfig } from './config.ts';
import type { ExampleSpec } from './example.ts';
import { findInterpreters } from './interpreters.ts';
import { checkExample, isDocumentedError, lastLine, runExample } from './matchers.ts';
import { PYODIDE } from './processes.ts';
import type { RunResult } from './run-snippet.ts';

export type CellStatus = 'documented' | 'differs' | 'errors' | 'warns' | 'not-run';

export interface Cell {
  status: CellStatus;
  /** errors: the exception line; warns: the warning texts; differs: what differs; not-run: why. */
  message?: string;
}

export interface MeasuredCell {
  /** Seconds from the snippet's start to the end of the run. */
  duration: number | null;
  /** For a run that differs: what the checks found and what it printed. */
  problems?: string[];
  stdout?: string;
}

export interface Column {
  /** "3.11": the column's label. */
  minor: string;
  version: string;
  runtime: 'cpython' | 'pyodide';
  /** What runSnippet is given as `python`. */
  python: string;
}

export interface Matrix {
  columns: Array<Omit<Column, 'python'>>;
  /** example key ("zh/threads/start-new-thread.py") → column minor → cell */
  cells: Record<string, Record<string, Cell>>;
}

export type Measured = Record<string, Record<string, MeasuredCell>>;

export const exampleKey = (example: Pick<ExampleSpec, 'lang' | 'src'>) => `${example.lang}/${example.src}`;

/** Pyodide's CPython version, read from the package (314.0.x ships CPython 3.14). */
export function pyodideColumn(): Column {
  const lock = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('pyodide/pyodide-lock.json'), 'utf8')) as { info: { python: string } };
  const version = lock.info.python;
  return { minor: version.split('.').slice(0, 2).join('.'), version, runtime: 'pyodide', python: PYODIDE };
}

export function findColumns(): Column[] {
  const native = findInterpreters().map((interpreter): Column => ({ ...interpreter, runtime: 'cpython', python: interpreter.path }));
  const pyodide = pyodideColumn();
  // A native interpreter of the same minor version, if one appears, is the truer column.
  return native.some((column) => column.minor === pyodide.minor) ? native : [...native, pyodide];
}

const THREAD_STARTERS = /^\s*(?:import|from)\s+(?:threading|_thread|multiprocessing|concurrent\.futures)\b|\bto_thread\s*\(|\brun_in_executor\s*\(/m;

/** Pyodide cannot start threads or processes: such examples are not run there. */
export function startsThreads(example: ExampleSpec): boolean {
  return THREAD_STARTERS.test(readFileSync(example.snippet, 'utf8'));
}

/** The warnings a run printed, without the file-and-line prefix that a warning starts with. */
function warningsIn(stderr: string): string[] {
  return stderr
    .split('\n')
    .map((line) => /^\S+:\d+: (\w*Warning: .*)$/.exec(line)?.[1])
    .filter((line): line is string => line !== undefined);
}

/** Sorts a run into one cell: the documented output, other output, an error, or a warning. */
export function classify(example: ExampleSpec, result: RunResult): { cell: Cell; measured: MeasuredCell } {
  const problems = checkExample(example, result);
  const measured: MeasuredCell = { duration: result.duration === null ? null : Math.round(result.duration * 100) / 100 };
  if (problems.length === 0) return { cell: { status: 'documented' }, measured };

  const failedUnexpectedly = result.exitCode !== 0 && !result.killed && example.outcome.kind !== 'raises' && example.outcome.kind !== 'syntax-error';
  const failedOtherwise = (example.outcome.kind === 'raises' || example.outcome.kind === 'syntax-error') && !isDocumentedError(lastLine(result.stderr), example.outcome.error);
  if (failedUnexpectedly || (failedOtherwise && result.exitCode !== 0)) return { cell: { status: 'errors', message: lastLine(result.stderr) }, measured };

  const warnings = warningsIn(result.stderr);
  const onlyStderr = problems.every((problem) => problem.includes('stderr'));
  if (warnings.length > 0 && onlyStderr) return { cell: { status: 'warns', message: [...new Set(warnings)].join('\n') }, measured };

  const kinds = [...new Set(problems.map(problemKind))].sort();
  const warned = warnings.length > 0 ? [`warns: ${[...new Set(warnings)].join(' / ')}`] : [];
  return {
    cell: { status: 'differs', message: [...kinds, ...warned].join('; ') },
    measured: { ...measured, problems, stdout: result.stdout },
  };
}

/** A stable name for what a problem is about (its numbers are measurements, not part of the name). */
function problemKind(problem: string): string {
  if (problem.startsWith('line ') && problem.includes(' appeared at ')) return 'timing of lines';
  if (problem.startsWith('the run took')) return 'total time';
  if (problem.includes('never finishes')) return 'finishes, but the page says it hangs';
  if (problem.includes('did not finish')) return 'does not finish';
  if (problem.includes('stderr')) return 'stderr';
  if (problem.includes('exited with status')) return 'exit status';
  if (problem.includes('newline')) return 'final newline';
  if (problem.includes('stuck')) return 'where threads are stuck';
  if (problem.includes("program's error") || problem.includes('compiler')) return 'error';
  return 'output';
}

/** Each configuration's queues, one per runtime, shared by every column run with it. */
const queues = new WeakMap<MatrixConfig, Record<Column['runtime'], LimitFunction>>();
const queueOf = (config: MatrixConfig, runtime: Column['runtime']) => {
  if (!queues.has(config)) queues.set(config, { cpython: pLimit(config.concurrency.cpython), pyodide: pLimit(config.concurrency.pyodide) });
  return queues.get(config)![runtime];
};

/** One cell: runs the example on the column's interpreter (or says why not). */
async function runCell(example: ExampleSpec, column: Column, config: MatrixConfig): Promise<{ cell: Cell; measured: MeasuredCell }> {
  if (column.runtime === 'pyodide' && startsThreads(example))
    return { cell: { status: 'not-run', message: 'starts a thread or process; Pyodide has none' }, measured: { duration: null } };
  return queueOf(config, column.runtime)(async () => classify(example, await runExample(example, { python: column.python })));
}

/** A column's cells, keyed like the matrix: example key → cell. */
export async function runColumn(examples: ExampleSpec[], column: Column, config: MatrixConfig): Promise<Array<{ example: ExampleSpec; cell: Cell; measured: MeasuredCell }>> {
  return Promise.all(examples.map(async (example) => ({ example, ...(await runCell(example, column, config)) })));
}

export async function runMatrix(examples: ExampleSpec[], columns: Column[], config: MatrixConfig): Promise<{ matrix: Matrix; measured: Measured }> {
  const results = await Promise.all(columns.map(async (column) => ({ column, cells: await runColumn(examples, column, config) })));
  const matrix: Matrix = { columns: columns.map(({ python: _python, ...column }) => column), cells: {} };
  const measured: Measured = {};
  // Rows sorted by key and columns in version order, so that the file is reproducible byte for byte.
  for (const example of [...examples].sort((a, b) => exampleKey(a).localeCompare(exampleKey(b)))) {
    const key = exampleKey(example);
    matrix.cells[key] = {};
    measured[key] = {};
    for (const { column, cells } of results) {
      const found = cells.find((entry) => entry.example === example)!;
      matrix.cells[key]![column.minor] = found.cell;
      measured[key]![column.minor] = found.measured;
    }
  }
  return { matrix, measured };
}

export function readMatrix(config: MatrixConfig): { matrix: Matrix; measured: Measured } {
  return {
    matrix: JSON.parse(readFileSync(config.matrixFile, 'utf8')) as Matrix,
    measured: JSON.parse(readFileSync(config.measuredFile, 'utf8')) as Measured,
  };
}

export const formatMatrix = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
