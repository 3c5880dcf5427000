/**
 * npm run matrix: runs every example on every interpreter found here (pyenv's CPythons,
 * python3 on PATH, $EXTRA_PYTHONS, and Pyodide for examples that start no thread), and writes
 * data/matrix.json (reproducible) and data/matrix-measured.json (timings, differing output).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { matrix as config, project } from '../literate.config.ts';
import { findColumns, formatMatrix, listPages, readPage, runMatrix, type CellStatus } from '../site/lib/literate/index.ts';

const started = performance.now();
const examples = listPages(project).flatMap((file) => readPage(file, project).examples);
const columns = findColumns();
console.log(`${examples.length} examples × ${columns.length} interpreters: ${columns.map((c) => `${c.version}${c.runtime === 'pyodide' ? ' (Pyodide)' : ''}`).join(', ')}`);

const { matrix, measured } = await runMatrix(examples, columns, config);
mkdirSync(path.dirname(config.matrixFile), { recursive: true });
writeFileSync(config.matrixFile, formatMatrix(matrix));
writeFileSync(config.measuredFile, formatMatrix(measured));

const symbol: Record<CellStatus, string> = { documented: '✓', differs: '≠', errors: '✗', warns: '!', 'not-run': '·' };
const width = Math.max(...Object.keys(matrix.cells).map((key) => key.length));
console.log(`\n${''.padEnd(width)}  ${columns.map((c) => c.minor.padStart(5)).join('')}`);
for (const [key, row] of Object.entries(matrix.cells)) console.log(`${key.padEnd(width)}  ${columns.map((c) => symbol[row[c.minor]!.status].padStart(5)).join('')}`);
console.log(`\nwrote ${path.relative(project.root, config.matrixFile)} and ${path.relative(project.root, config.measuredFile)}`);
console.log(`wall time: ${((performance.now() - started) / 1000).toFixed(1)} s`);
