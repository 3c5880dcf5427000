/**
 * npm run matrix: runs every example on every interpreter found here (pyenv's CPythons,
 * python3 on PATH, $EXTRA_PYTHONS, and Pyodide for examples that start no thread), writes each
 * column as a part (data/matrix-parts/<column id>.json) and merges them into data/matrix.json
 * (reproducible) and data/matrix-measured.json (timings, differing output), as matrix:merge does.
 *
 *   npm run matrix -- --only 3.13t                  one column, on the interpreter found here for it
 *   npm run matrix -- --only 3.13 --python PATH     one column, on that interpreter (how CI calls it;
 *                                                   for 3.14-pyodide, --python is not used)
 *
 * With --only, only the part is written: `npm run matrix:merge` puts it into data/matrix.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { matrix as config, project } from '../literate.config.ts';
import { columnName, columnOfInterpreter, findColumns, formatMatrix, listPages, partFile, pickColumn, pyodideColumn, readPage, runPart, type CellStatus } from '../site/lib/literate/index.ts';
import { mergeMatrixParts } from './matrix-merge.ts';

const { values: options } = parseArgs({ options: { only: { type: 'string' }, python: { type: 'string' } } });

function columnsToRun() {
  // Pyodide runs in Node, whichever interpreter --python names (a CI job may name one anyway).
  if (options.only?.endsWith('-pyodide')) return [pickColumn([pyodideColumn()], options.only)];
  if (options.python !== undefined) {
    const column = columnOfInterpreter(options.python);
    if (!column) throw new Error(`--python ${options.python} is not a Python 3 interpreter\n  → give the path of one (e.g. "$(which python)")`);
    if (options.only !== undefined && column.id !== options.only)
      throw new Error(`--python ${options.python} is ${columnName(column)}, column ${column.id}, not ${options.only}\n  → name an interpreter of column ${options.only}, or drop --only`);
    return [column];
  }
  const here = findColumns();
  return options.only === undefined ? here : [pickColumn(here, options.only)];
}

const columns = (() => {
  try {
    return columnsToRun();
  } catch (error) {
    console.error(`npm run matrix: ${(error as Error).message}`);
    process.exit(1);
  }
})();

const started = performance.now();
const examples = listPages(project).flatMap((file) => readPage(file, project).examples);
console.log(`${examples.length} examples × ${columns.length} interpreters: ${columns.map((column) => `${column.id} (${columnName(column)})`).join(', ')}`);

const parts = await Promise.all(columns.map((column) => runPart(examples, column, config)));
mkdirSync(config.partsDir, { recursive: true });
for (const part of parts) writeFileSync(partFile(config, part.column.id), formatMatrix(part));

const symbol: Record<CellStatus, string> = { documented: '✓', differs: '≠', errors: '✗', warns: '!', 'not-run': '·' };
const width = Math.max(...examples.map((example) => `${example.lang}/${example.src}`.length));
const cellWidth = Math.max(...parts.map((part) => part.column.id.length)) + 1;
console.log(`\n${''.padEnd(width)}  ${parts.map((part) => part.column.id.padStart(cellWidth)).join('')}`);
for (const key of Object.keys(parts[0]?.cells ?? {})) console.log(`${key.padEnd(width)}  ${parts.map((part) => symbol[part.cells[key]!.status].padStart(cellWidth)).join('')}`);
console.log(`\nwrote ${parts.map((part) => path.relative(project.root, partFile(config, part.column.id))).join(', ')}`);
if (options.only === undefined && options.python === undefined) mergeMatrixParts();
else console.log('npm run matrix:merge puts it into data/matrix.json');
console.log(`wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
