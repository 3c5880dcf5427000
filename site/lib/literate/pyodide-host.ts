/**
 * Plays the part of `python -u boot.py SNIPPET` with Pyodide (CPython compiled to WebAssembly),
 * so that runSnippet can run an example on Pyodide's Python exactly as on a native interpreter:
 * the same boot.py, the same timed records on file descriptor 3, the same exit status.
 *
 *   node pyodide-host.ts --snapshot FILE        load Pyodide once and save its memory to FILE
 *   node pyodide-host.ts BOOT SNIPPET           (cwd: the snippet's folder; $LITERATE_PYODIDE_SNAPSHOT)
 *
 * A cold load costs about 3 s of CPU. Each run instead starts from a memory snapshot taken right
 * after a load, before any snippet ran, so no run sees what another did. The run itself is
 * pyodide-run.ts, which the browser's Run button shares. Pyodide has no threads, so examples that
 * start one fail there; the matrix does not run them.
 */
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadPyodide } from 'pyodide';
import { PYODIDE_ENV, runOnPyodide } from './pyodide-run.ts';

const [first, second] = process.argv.slice(2);
if (first === '--snapshot' && second) {
  const pyodide = await loadPyodide({ _makeSnapshot: true, env: PYODIDE_ENV });
  writeFileSync(second, pyodide.makeMemorySnapshot());
  process.exit(0);
}
const snapshot = process.env.LITERATE_PYODIDE_SNAPSHOT;
if (!first || !second || !snapshot) {
  console.error('usage: node pyodide-host.ts --snapshot FILE | LITERATE_PYODIDE_SNAPSHOT=FILE node pyodide-host.ts BOOT SNIPPET');
  process.exit(2);
}
const [boot, snippet] = [first, second];

const pyodide = await loadPyodide({
  _loadSnapshot: readFileSync(snapshot),
  // boot.py writes its records, one per line, to the real stdout: pass them on to fd 3.
  stdout: (line) => writeSync(3, `${line}\n`),
  stderr: (line) => writeSync(2, `${line}\n`),
});

const code = await runOnPyodide(pyodide, { name: path.basename(snippet), code: readFileSync(snippet), boot: readFileSync(boot) });
process.exit(code);
