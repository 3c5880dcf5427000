/**
 * npm run matrix:merge: puts every part in data/matrix-parts/ (written by `npm run matrix`, or
 * by `npm run matrix -- --only ID` here or in a CI job) into data/matrix.json and
 * data/matrix-measured.json. A part replaces the committed column of its id; a committed column
 * with no part is kept as it is, so a machine (or a CI job) need not have every interpreter.
 */
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { matrix as config, project } from '../literate.config.ts';
import { formatMatrix, mergeParts, readMatrix, readParts, splitMatrix, withFreshParts } from '../site/lib/literate/index.ts';

export function mergeMatrixParts(): void {
  const fresh = readParts(config);
  const committed = existsSync(config.matrixFile) ? splitMatrix(readMatrix(config)) : [];
  const { matrix, measured } = mergeParts(withFreshParts(committed, fresh));
  writeFileSync(config.matrixFile, formatMatrix(matrix));
  writeFileSync(config.measuredFile, formatMatrix(measured));
  const freshIds = new Set(fresh.map((part) => part.column.id));
  const kept = matrix.columns.filter((column) => !freshIds.has(column.id)).map((column) => column.id);
  console.log(`wrote ${path.relative(project.root, config.matrixFile)} and ${path.relative(project.root, config.measuredFile)}`);
  console.log(`  from ${path.relative(project.root, config.partsDir)}/: ${[...freshIds].join(', ') || 'no parts'}${kept.length > 0 ? `; kept as committed: ${kept.join(', ')}` : ''}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) mergeMatrixParts();
