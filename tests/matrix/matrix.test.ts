/**
 * The committed version matrix (data/matrix.json) is what the interpreters really do today:
 * every column is re-run and compared cell by cell, so the badges on the site cannot rot.
 * Behaviour can change between patch releases, so a column is re-run only on the same patch
 * release of the same build; a column with no such interpreter here is reported as skipped.
 */
import { describe, expect, test } from 'vitest';
import { matrix as matrixConfig, project } from '../../literate.config.ts';
import { columnName, exampleKey, findColumns, listPages, readMatrix, readPage, runPart, splitMatrix } from '../../site/lib/literate/index.ts';

const examples = listPages(project).flatMap((file) => readPage(file, project).examples);
const committed = readMatrix(matrixConfig);
const here = findColumns();

test('every example on the site has a row in the committed matrix, and every row an example', () => {
  expect(Object.keys(committed.matrix.cells).sort(), 'run `npm run matrix` after adding, renaming or removing an example').toEqual(examples.map(exampleKey).sort());
});

test('the committed matrix has columns to re-run', () => {
  // The tests below are made per column: with none, the matrix would be checked against nothing.
  expect(committed.matrix.columns.length).toBeGreaterThan(0);
});

describe.concurrent('each interpreter still gives the committed results', () => {
  for (const part of splitMatrix(committed)) {
    const name = `${part.column.id}: ${columnName(part.column)}`;
    const column = here.find((c) => c.id === part.column.id && c.version === part.column.version);
    if (!column) {
      test.skip(`${part.column.id}: no ${columnName(part.column)} interpreter here (not in \`pyenv versions\`, not python3 on PATH, not in $EXTRA_PYTHONS), so its column is not checked`);
      continue;
    }
    // Every column's cells share one queue, so a column's test waits on the others' too: a generous
    // backstop; each cell's own run has its limit, counted from the snippet's start.
    test(name, { timeout: 1_800_000 }, async () => {
      const { cells } = await runPart(examples, column, matrixConfig);
      expect(cells, `${name} no longer gives the results in data/matrix.json: run \`npm run matrix -- --only ${part.column.id}\`, then \`npm run matrix:merge\`, and review the change`).toEqual(part.cells);
    });
  }
});
