/**
 * How this project uses the literate toolkit (site/lib/literate/): where its pages, programs and
 * measurements live, which languages it has, and how many matrix runs go at once.
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LiterateConfig, MatrixConfig, TimelineConfig } from './site/lib/literate/index.ts';
import type { Lang } from './site/lib/lang.ts';

/** The folder of this file; or, where the build has bundled it into dist/, the nearest one above that has it. */
function projectRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'literate.config.ts'))) return dir;
    if (dir === path.dirname(dir)) return from;
  }
}

const root = projectRoot(path.dirname(fileURLToPath(import.meta.url)));

export const project: LiterateConfig<Lang> = {
  root,
  contentDir: path.join(root, 'content'),
  snippetsDir: path.join(root, 'snippets'),
  languages: { zh: 'Chinese', en: 'English' },
};

export const matrix: MatrixConfig = {
  matrixFile: path.join(root, 'data', 'matrix.json'),
  measuredFile: path.join(root, 'data', 'matrix-measured.json'),
  partsDir: path.join(root, 'data', 'matrix-parts'),
  // Runs mostly sleep (Pyodide's too: its asyncio examples wait on timers), and their start-ups
  // already go one per core (runSnippet), so many share the cores.
  concurrency: { cpython: 32, pyodide: 4 * os.availableParallelism() },
};

export const timelines: TimelineConfig = {
  timelinesFile: path.join(root, 'data', 'timelines.json'),
};
