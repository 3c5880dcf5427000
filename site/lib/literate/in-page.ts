/**
 * The toolkit's second entry: what of it runs in a reader's browser, for the Run button. The same
 * checks the tests judge with (and timingMargin, which the browser tests report to npm run stress),
 * the transcript of boot.py's records, and the Pyodide runner the version matrix uses. Nothing here
 * imports Node or the site.
 */
export { alignOutput, findProblems, packExample, snippetName, timingMargin, unpackExample, withNewline, type Alignment, type CheckedExample, type CheckedRun, type PackedExample, type Problem } from './checks.ts';
export { PYODIDE_ENV, runOnPyodide, type PyodideSnippet } from './pyodide-run.ts';
export { Transcript, type Chunk, type OutputLine, type Stream } from './transcript.ts';
