/**
 * The committed version matrix (data/matrix.json) is what the interpreters really do today:
 * every column is re-run and compared cell by cell, so the badges on the site cannot rot.
 * A column whose interpreter is missing on this machine is reported as skipped, with the reason.
 */
import { describe, expect, test } from 'vitest';
import { matrix as matrixConfig, project } from '../../literate.config.ts';
import { exampleKey, findColumns, listPages, readMatrix, readPage, runColumn } from '../../site/lib/literate/index.ts';

const examples = listPages(project).flatMap((file) => readPage(file, project).examples);
const { matrix } = readMatrix(matrixConfig);
const here = findColumns();

test('every example on the site has a row in the committed matrix, and every row an example', () => {
  expect(Object.keys(matrix.cells).sort(), 'run `npm run matrix` after adding, renaming or removing an example').toEqual(examples.map(exampleKey).sort());
});

test('the committed matrix has columns to re-run', () => {
  // The tests below are made per column: with none, the matrix would be checked against nothing.
  expect(matrix.columns.length).toBeGreaterThan(0);
});

describe.concurrent('each interpreter still gives the committed results', () => {
  for (const committed of matrix.columns) {
    const name = `Python ${committed.version}${committed.runtime === 'pyodide' ? ' (Pyodide)' : ''}`;
    // Every column's cells share one queue, so a column's test waits on the others' too: a generous
    // backstop; each cell's own run has its limit, counted from the snippet's start.
    test(name, { timeout: 1_800_000 }, async (context) => {
      const column = here.find((c) => c.minor === committed.minor && c.runtime === committed.runtime);
      if (!column) return context.skip(`${name} is not on this machine (not in \`pyenv versions\`, not python3 on PATH, not in $EXTRA_PYTHONS): its column is not checked here`);
      const cells = await runColumn(examples, column, matrixConfig);
      const actual = Object.fromEntries(cells.map(({ example, cell }) => [exampleKey(example), cell]));
      const expected = Object.fromEntries(Object.entries(matrix.cells).map(([key, row]) => [key, row[committed.minor]]));
      expect(actual, `${name} no longer gives the results in data/matrix.json: run \`npm run matrix\` and review the change`).toEqual(expected);
    });
  }
});
