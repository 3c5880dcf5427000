/**
 * Plays the part of `python -u boot.py SNIPPET` with Pyodide (CPython compiled to WebAssembly),
 * so that runSnippet can run an example on Pyodide's Python exactly as on a native interpreter:
 * the same boot.py, the same timed records on file descriptor 3, the same exit status.
 *
 *   node pyodide-host.ts --snapshot FILE        load Pyodide once and save its memory to FILE
 *   node pyodide-host.ts BOOT SNIPPET           (cwd: the snippet's folder; $LITERATE_PYODIDE_SNAPSHOT)
 *
 * A cold load costs about 3 s of CPU. Each run instead starts from a memory snapshot taken right
 * after a load, before any snippet ran, so no run sees what another did; `random` is reseeded,
 * as a fresh start would seed it. Pyodide has no threads, so examples that start one fail there;
 * the matrix does not run them.
 */
import { readFileSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadPyodide } from 'pyodide';

const [first, second] = process.argv.slice(2);
if (first === '--snapshot' && second) {
  const pyodide = await loadPyodide({ _makeSnapshot: true, env: { LITERATE_EVENTS: 'stdout', HOME: '/home/pyodide' } });
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

const folder = '/snippet';
pyodide.FS.mkdirTree(folder);
pyodide.FS.writeFile(path.posix.join(folder, path.basename(snippet)), readFileSync(snippet));
pyodide.FS.writeFile('/boot.py', readFileSync(boot));

// Called through callPromising so that asyncio.run() may switch stacks (Pyodide's JSPI support).
const run = pyodide.runPython(`
import atexit, os, runpy, sys

# The snapshot holds the random generator's state as it was when the snapshot was taken.
if "random" in sys.modules:
    sys.modules["random"].seed()

def run(snippet):
    os.chdir(${JSON.stringify(folder)})
    sys.argv = ["boot.py", snippet]
    code = 0
    try:
        runpy.run_path("/boot.py", run_name="__main__")
    except SystemExit as stop:
        code = stop.code if isinstance(stop.code, int) else 1
    # A WebAssembly interpreter is never shut down: run the exit handlers (boot.py's last record) now.
    atexit._run_exitfuncs()
    return code

run
`);
const code = (await run.callPromising(path.basename(snippet))) as number;
process.exit(code);
