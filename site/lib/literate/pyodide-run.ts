/**
 * Runs one snippet on a loaded Pyodide the way `python -u boot.py SNIPPET` runs it on CPython:
 * the same boot.py, its timed records on the interpreter's stdout, the same exit status. Shared by
 * the version matrix's Pyodide column (pyodide-host.ts, in Node) and the Run button (in a Web
 * Worker), so that a run in the page is judged on exactly what the matrix measured. No Node imports.
 */
import type { PyodideAPI } from 'pyodide';

/** What loadPyodide must be given: boot.py then sends its records to stdout (there is no fd 3). */
export const PYODIDE_ENV = { LITERATE_EVENTS: 'stdout', HOME: '/home/pyodide' };

export interface PyodideSnippet {
  /** The snippet's file name, as a traceback names it ("sync-vs-async.py"). */
  name: string;
  code: string | Uint8Array;
  /** The source of boot.py. */
  boot: string | Uint8Array;
}

const FOLDER = '/snippet';

/**
 * Writes boot.py and the snippet into Pyodide's file system and runs the snippet as __main__.
 * Called through callPromising, so that asyncio.run() may switch stacks (Pyodide's JSPI support)
 * and keeps its real semantics. Resolves to the exit status.
 */
export async function runOnPyodide(pyodide: PyodideAPI, snippet: PyodideSnippet): Promise<number> {
  pyodide.FS.mkdirTree(FOLDER);
  pyodide.FS.writeFile(`${FOLDER}/${snippet.name}`, snippet.code);
  pyodide.FS.writeFile('/boot.py', snippet.boot);
  const run = pyodide.runPython(`
import atexit, os, runpy, sys

# An interpreter restored from a memory snapshot holds the random generator's state as it was
# when the snapshot was taken: seed it, as a fresh start would.
if "random" in sys.modules:
    sys.modules["random"].seed()

def run(snippet):
    os.chdir(${JSON.stringify(FOLDER)})
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
  return (await run.callPromising(snippet.name)) as number;
}
