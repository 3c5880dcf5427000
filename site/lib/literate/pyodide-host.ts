/**
 * Plays the part of `python -u boot.py SNIPPET` with Pyodide (CPython compiled to WebAssembly),
 * so that runSnippet can run an example on Pyodide's Python exactly as on a native interpreter:
 * the same boot.py, the same timed records on file descriptor 3, the same exit status.
 *
 *   node pyodide-host.ts BOOT SNIPPET     (cwd: the snippet's folder)
 *
 * Pyodide has no threads, so examples that start one fail there; the matrix does not run them.
 */
import { readFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { loadPyodide } from 'pyodide';

const [boot, snippet] = process.argv.slice(2);
if (!boot || !snippet) {
  console.error('usage: node pyodide-host.ts BOOT SNIPPET');
  process.exit(2);
}

const pyodide = await loadPyodide({
  env: { LITERATE_EVENTS: 'stdout', HOME: '/home/pyodide' },
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
