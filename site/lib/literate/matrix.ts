/**
 * The version matrix: every example run on every interpreter, each cell saying whether that
 * version gives the documented output, gives other output, fails, or warns.
 *
 * Results are split in two files so that a fresh run reproduces the first byte for byte:
 *   data/matrix.json           statuses and messages (exception lines, warning texts): deterministic
 *   data/matrix-measured.json  what was measured (times, the actual output of a differing run)
 * A column can be run on its own, anywhere (one CI job per interpreter), as a part holding its
 * share of both; merging the parts gives the two files.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import pLimit, { type LimitFunction } from 'p-limit';
import { createRequire } from 'node:module';
import type { MatrixConfig } from './config.ts';
import type { ExampleSpec } from './example.ts';
import { BUILDS, compareVersions, describeInterpreter, findInterpreters, minorOf, type Build, type Interpreter } from './interpreters.ts';
import { checkExample, isDocumentedError, lastLine } from './checks.ts';
import { runExample } from './matchers.ts';
import { PYODIDE } from './processes.ts';
import type { RunResult } from './run-snippet.ts';

export type CellStatus = 'documented' | 'differs' | 'errors' | 'warns' | 'not-run';

export interface Cell {
  status: CellStatus;
  /** errors: the exception line; warns: the warning texts; differs: what differs; not-run: why. */
  message?: string;
}

/** Can a page's Run button run this example: Pyodide ran it (it starts no thread), and it finishes. */
export const runsInPage = (example: Pick<ExampleSpec, 'outcome'>, pyodideCell: Cell | undefined): boolean =>
  pyodideCell !== undefined && pyodideCell.status !== 'not-run' && example.outcome.kind !== 'hangs';

export interface MeasuredCell {
  /** Seconds from the snippet's start to the end of the run. */
  duration: number | null;
  /** For a run that differs: what the checks found and what it printed. */
  problems?: string[];
  stdout?: string;
}

/** What a column is; its id names it in the cells: "3.13", "3.13t" (free-threaded), "3.14-pyodide". */
export interface ColumnSpec {
  id: string;
  /** The exact version: a column is re-checked only on the same patch release. */
  version: string;
  build: Build;
  runtime: 'cpython' | 'pyodide';
}

export interface Column extends ColumnSpec {
  /** What runSnippet is given as `python`. */
  python: string;
}

export interface Matrix {
  columns: ColumnSpec[];
  /** example key ("zh/threads/start-new-thread.py") → column id → cell */
  cells: Record<string, Record<string, Cell>>;
}

export type Measured = Record<string, Record<string, MeasuredCell>>;

/** One column's results, as `npm run matrix -- --only ID` writes them (data/matrix-parts/ID.json). */
export interface MatrixPart {
  column: ColumnSpec;
  /** example key → cell */
  cells: Record<string, Cell>;
  measured: Record<string, MeasuredCell>;
}

export const exampleKey = (example: Pick<ExampleSpec, 'lang' | 'src'>) => `${example.lang}/${example.src}`;

/** The example's cell in the matrix's Pyodide column (what a page's Run can expect of it), if the matrix has one. */
export function pyodideCell(matrix: Matrix, example: Pick<ExampleSpec, 'lang' | 'src'>): Cell | undefined {
  const column = matrix.columns.find((candidate) => candidate.runtime === 'pyodide');
  return column && matrix.cells[exampleKey(example)]?.[column.id];
}

export const columnId = ({ version, build, runtime }: Omit<ColumnSpec, 'id'>) =>
  `${minorOf(version)}${build === 'free-threaded' ? 't' : ''}${runtime === 'pyodide' ? '-pyodide' : ''}`;

/** "Python 3.13.0 free-threaded", "Python 3.14.2 (Pyodide)". */
export const columnName = ({ version, build, runtime }: ColumnSpec) =>
  `Python ${version}${build === 'free-threaded' ? ' free-threaded' : ''}${runtime === 'pyodide' ? ' (Pyodide)' : ''}`;

const RUNTIMES: Array<ColumnSpec['runtime']> = ['cpython', 'pyodide'];

/** Version order; within a minor version CPython's GIL build, its free-threaded build, then Pyodide. */
export const compareColumns = (a: ColumnSpec, b: ColumnSpec) =>
  compareVersions(minorOf(a.version), minorOf(b.version)) || RUNTIMES.indexOf(a.runtime) - RUNTIMES.indexOf(b.runtime) || BUILDS.indexOf(a.build) - BUILDS.indexOf(b.build);

const nativeColumn = (interpreter: Interpreter): Column => {
  const spec = { version: interpreter.version, build: interpreter.build, runtime: 'cpython' as const };
  return { id: columnId(spec), ...spec, python: interpreter.path };
};

/** Pyodide's CPython version, read from the package (314.0.x ships CPython 3.14). */
export function pyodideColumn(): Column {
  const lock = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('pyodide/pyodide-lock.json'), 'utf8')) as { info: { python: string } };
  const spec = { version: lock.info.python, build: 'gil' as const, runtime: 'pyodide' as const };
  return { id: columnId(spec), ...spec, python: PYODIDE };
}

export function findColumns(): Column[] {
  return [...findInterpreters().map(nativeColumn), pyodideColumn()].sort(compareColumns);
}

/** The column `--python PYTHON` names; null if it is no Python 3. */
export function columnOfInterpreter(python: string): Column | null {
  const described = describeInterpreter(python);
  return described && nativeColumn({ ...described, path: python });
}

/** The column of this id among those found here, or an error that says how to provide one. */
export function pickColumn(here: Column[], id: string): Column {
  const column = here.find((c) => c.id === id);
  if (column) return column;
  const ids = here.map((column) => column.id).join(', ');
  if (!/^3\.\d+(t|-pyodide)?$/.test(id)) throw new Error(`${id} is not a column id\n  → name one as 3.13, 3.13t (free-threaded) or 3.14-pyodide; found here: ${ids}`);
  throw new Error(`no interpreter for column ${id} here (found here: ${ids})\n  → install one (pyenv install ${id}), list its path in $EXTRA_PYTHONS, or name it with --python PATH`);
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

const byKey = <T>(entries: Array<[string, T]>): Record<string, T> => Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

/** One column run on every example: rows sorted by key, so that the part is reproducible byte for byte. */
export async function runPart(examples: ExampleSpec[], column: Column, config: MatrixConfig): Promise<MatrixPart> {
  const results = await Promise.all(examples.map(async (example) => ({ key: exampleKey(example), ...(await runCell(example, column, config)) })));
  const { python: _python, ...spec } = column;
  return { column: spec, cells: byKey(results.map((result) => [result.key, result.cell])), measured: byKey(results.map((result) => [result.key, result.measured])) };
}

/** Columns side by side, in column order; rows sorted by key. Two parts of one id are an error. */
export function mergeParts(parts: MatrixPart[]): { matrix: Matrix; measured: Measured } {
  const sorted = [...parts].sort((a, b) => compareColumns(a.column, b.column));
  const twice = sorted.find((part, i) => i > 0 && part.column.id === sorted[i - 1]!.column.id);
  if (twice) throw new Error(`two parts of column ${twice.column.id}\n  → keep one file per column in the parts folder`);
  const keys = [...new Set(sorted.flatMap((part) => Object.keys(part.cells)))].sort((a, b) => a.localeCompare(b));
  const row = <T>(key: string, of: (part: MatrixPart) => Record<string, T>) =>
    Object.fromEntries(sorted.filter((part) => key in of(part)).map((part) => [part.column.id, of(part)[key]!]));
  return {
    matrix: { columns: sorted.map((part) => part.column), cells: Object.fromEntries(keys.map((key) => [key, row(key, (part) => part.cells)])) },
    measured: Object.fromEntries(keys.map((key) => [key, row(key, (part) => part.measured)])),
  };
}

/** The matrix cut into one part per column: mergeParts gives it back. */
export function splitMatrix({ matrix, measured }: { matrix: Matrix; measured: Measured }): MatrixPart[] {
  const column = <T>(rows: Record<string, Record<string, T>>, id: string) =>
    Object.fromEntries(Object.entries(rows).flatMap(([key, row]) => (id in row ? [[key, row[id]!]] : [])));
  return matrix.columns.map((spec) => ({ column: spec, cells: column(matrix.cells, spec.id), measured: column(measured, spec.id) }));
}

/**
 * The committed columns with fresh parts in place of those of the same id. A column kept from
 * the committed matrix loses the rows no fresh part has (examples removed since it was run).
 */
export function withFreshParts(committed: MatrixPart[], fresh: MatrixPart[]): MatrixPart[] {
  if (fresh.length === 0) return committed;
  const keys = new Set(fresh.flatMap((part) => Object.keys(part.cells)));
  const only = <T>(rows: Record<string, T>) => Object.fromEntries(Object.entries(rows).filter(([key]) => keys.has(key)));
  const kept = committed.filter((part) => !fresh.some((f) => f.column.id === part.column.id));
  return [...kept.map((part) => ({ ...part, cells: only(part.cells), measured: only(part.measured) })), ...fresh];
}

export function readMatrix(config: MatrixConfig): { matrix: Matrix; measured: Measured } {
  return {
    matrix: JSON.parse(readFileSync(config.matrixFile, 'utf8')) as Matrix,
    measured: JSON.parse(readFileSync(config.measuredFile, 'utf8')) as Measured,
  };
}

export const partFile = (config: MatrixConfig, id: string) => path.join(config.partsDir, `${id}.json`);

/** Every part in the parts folder (none if there is no folder). */
export function readParts(config: MatrixConfig): MatrixPart[] {
  if (!existsSync(config.partsDir)) return [];
  return readdirSync(config.partsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(config.partsDir, name), 'utf8')) as MatrixPart);
}

export const formatMatrix = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
