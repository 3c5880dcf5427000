/**
 * Matrix columns from anywhere: a column is named by its minor version, build and runtime, runs
 * on its own as a part, and parts merge into data/matrix.json (and data/matrix-measured.json).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { matrix as matrixConfig } from '../../literate.config.ts';
import {
  changeEvidenceProblems,
  findInterpreters,
  formatMatrix,
  mergeParts,
  pickColumn,
  pyodideCell,
  readMatrix,
  runsInPage,
  splitMatrix,
  withFreshParts,
  type Cell,
  type ColumnSpec,
  type ExampleSpec,
  type Matrix,
  type MatrixPart,
} from '../../site/lib/literate/index.ts';
// How a column's id is made, which the toolkit does not export.
import { columnId } from '../../site/lib/literate/matrix.ts';

const committed = readMatrix(matrixConfig);
const fixturePart = (id: string) => JSON.parse(readFileSync(new URL(`../fixtures/matrix-parts/${id}.json`, import.meta.url), 'utf8')) as MatrixPart;
const ids = (parts: Array<{ column: ColumnSpec }>) => parts.map((part) => part.column.id);

describe('column ids', () => {
  test.each([
    ['3.13.0', 'gil', 'cpython', '3.13'],
    ['3.13.0', 'free-threaded', 'cpython', '3.13t'],
    ['3.14.0', 'gil', 'cpython', '3.14'],
    ['3.14.0', 'free-threaded', 'cpython', '3.14t'],
    ['3.14.2', 'gil', 'pyodide', '3.14-pyodide'],
  ] as const)('%s %s on %s is column %s', (version, build, runtime, id) => {
    expect(columnId({ version, build, runtime })).toBe(id);
  });
});

test('a free-threaded interpreter is found beside the GIL build of the same version', () => {
  const fakes = fileURLToPath(new URL('../fixtures/interpreters/', import.meta.url));
  vi.stubEnv('EXTRA_PYTHONS', `${fakes}python3.13:${fakes}python3.13t`);
  try {
    expect(findInterpreters().filter((interpreter) => interpreter.version === '3.13.0').map((interpreter) => interpreter.build)).toEqual(['gil', 'free-threaded']);
  } finally {
    vi.unstubAllEnvs();
  }
});

describe('what a page’s Run can expect, from the Pyodide column', () => {
  const matrix: Matrix = {
    columns: [
      { id: '3.13', version: '3.13.0', build: 'gil', runtime: 'cpython' },
      { id: '3.14-pyodide', version: '3.14.2', build: 'gil', runtime: 'pyodide' },
    ],
    cells: {
      'en/a.py': { '3.13': { status: 'differs' }, '3.14-pyodide': { status: 'documented' } },
      'en/threads.py': { '3.13': { status: 'documented' }, '3.14-pyodide': { status: 'not-run', message: 'starts a thread' } },
      'en/cpython-only.py': { '3.13': { status: 'documented' } },
    },
  };
  const finishes: Pick<ExampleSpec, 'outcome'> = { outcome: { kind: 'exits' } };
  const hangs: Pick<ExampleSpec, 'outcome'> = { outcome: { kind: 'hangs', after: 1 } };

  test.each([
    ['its cell in the Pyodide column, not another column’s', matrix, 'a.py', { status: 'documented' }],
    ['nothing for an example the column has no cell for', matrix, 'cpython-only.py', undefined],
    ['nothing from a matrix without a Pyodide column', { ...matrix, columns: matrix.columns.slice(0, 1) }, 'a.py', undefined],
  ] satisfies Array<[string, Matrix, string, Cell | undefined]>)('%s', (_, of, src, cell) => {
    expect(pyodideCell(of, { lang: 'en', src })).toEqual(cell);
  });

  test.each([
    ['an example Pyodide ran', finishes, { status: 'documented' }, true],
    ['one it ran and printed something else: the page says so and runs it', finishes, { status: 'differs' }, true],
    ['not one it did not run (a thread)', finishes, { status: 'not-run' }, false],
    ['not one without a cell', finishes, undefined, false],
    ['not one that hangs, whatever its cell', hangs, { status: 'documented' }, false],
  ] satisfies Array<[string, Pick<ExampleSpec, 'outcome'>, Cell | undefined, boolean]>)('Run is offered for %s', (_, example, cell, offered) => {
    expect(runsInPage(example, cell)).toBe(offered);
  });
});

describe('--only picks a column found here', () => {
  const here = [fixturePart('3.13t'), fixturePart('3.14')].map(({ column }) => ({ ...column, python: `python${column.id}` }));

  test.each(['3.13t', '3.14'])('%s is found', (id) => {
    expect(pickColumn(here, id).id).toBe(id);
  });

  test('a column with no interpreter here is an error that says how to add one', () => {
    expect(() => pickColumn(here, '3.5t')).toThrowErrorMatchingInlineSnapshot(`
      [Error: no interpreter for column 3.5t here (found here: 3.13t, 3.14)
        → install one (pyenv install 3.5t), list its path in $EXTRA_PYTHONS, or name it with --python PATH]
    `);
  });

  test('something that is no column id is an error that shows what one looks like', () => {
    expect(() => pickColumn(here, 'py3.13')).toThrowErrorMatchingInlineSnapshot(`
      [Error: py3.13 is not a column id
        → name one as 3.13, 3.13t (free-threaded) or 3.14-pyodide; found here: 3.13t, 3.14]
    `);
  });
});

describe('parts', () => {
  test('the committed matrix, split into parts and merged back, is the same file byte for byte', () => {
    const { matrix, measured } = mergeParts(splitMatrix(committed));
    expect(formatMatrix(matrix)).toBe(readFileSync(matrixConfig.matrixFile, 'utf8'));
    expect(formatMatrix(measured)).toBe(readFileSync(matrixConfig.measuredFile, 'utf8'));
  });

  test('a free-threaded and a native 3.14 column take their place beside the committed ones, which stay as they were', () => {
    const added = [fixturePart('3.13t'), fixturePart('3.14')];
    const merged = mergeParts([...splitMatrix(committed), ...added]);
    expect(merged.matrix.columns.map((column) => column.id).slice(-5)).toEqual(['3.12', '3.13', '3.13t', '3.14', '3.14-pyodide']);
    const parts = splitMatrix(merged);
    for (const part of splitMatrix(committed)) expect(parts.find((p) => p.column.id === part.column.id)).toEqual(part);
    for (const part of added) expect(parts.find((p) => p.column.id === part.column.id)).toEqual(part);
  });

  test('two parts of one column are an error', () => {
    expect(() => mergeParts([fixturePart('3.14'), fixturePart('3.14')])).toThrowErrorMatchingInlineSnapshot(`
      [Error: two parts of column 3.14
        → keep one file per column in the parts folder]
    `);
  });

  test('a fresh part replaces the committed column of its id; a committed column without one is kept', () => {
    const fresh = { ...splitMatrix(committed).find((part) => part.column.id === '3.13')!, column: { id: '3.13', version: '3.13.1', build: 'gil', runtime: 'cpython' } } satisfies MatrixPart;
    const parts = withFreshParts(splitMatrix(committed), [fresh]);
    expect(ids(parts).sort()).toEqual(ids(committed.matrix.columns.map((column) => ({ column }))).sort());
    expect(parts.find((part) => part.column.id === '3.13')).toBe(fresh);
  });

  test('a kept column loses the rows no fresh part has (examples removed since it was run)', () => {
    const parts = withFreshParts(splitMatrix(committed), [fixturePart('3.13t')]);
    expect(Object.keys(parts.find((part) => part.column.id === '3.6')!.cells)).toEqual(Object.keys(fixturePart('3.13t').cells));
  });
});

describe('What-changed entries are checked on every CPython column, each named for what it is', () => {
  const merged = mergeParts([...splitMatrix(committed), fixturePart('3.13t'), fixturePart('3.14')]).matrix;
  const change = (lang: string, example: string, since: string) => ({ file: 'what-changed.mdx', line: 1, lang, example, since });

  test('backed by the GIL and free-threaded builds alike (the Pyodide column is not asked)', () => {
    expect(changeEvidenceProblems(change('en', 'asyncio/after-run.py', '3.7'), merged)).toEqual([]);
  });

  test('contradicted by the free-threaded column', () => {
    expect(changeEvidenceProblems(change('zh', 'threads/start-new-thread.py', 'always'), merged)).toMatchInlineSnapshot(`
      [
        "on Python 3.13.0 free-threaded the example does not print its documented output (differs), but the entry says since always",
      ]
    `);
  });
});
