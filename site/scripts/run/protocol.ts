/** The messages between the page and the worker that runs a snippet on Pyodide (worker.ts). */

/** Page → worker. */
export type PageMessage =
  /**
   * Load Pyodide: from this memory snapshot of a fresh interpreter, when the page has one (about
   * half a second), else from its files, and then send a snapshot taken before anything ran.
   */
  | { kind: 'load'; snapshot: Uint8Array | undefined }
  /** Run this program (once: each worker runs one program, so each run starts fresh). */
  | { kind: 'run'; name: string; code: string };

/** Worker → page. */
export type WorkerMessage =
  /** A memory snapshot of the interpreter just loaded, before any program ran. */
  | { kind: 'snapshot'; snapshot: Uint8Array }
  /** Pyodide is loaded and waits for its program. */
  | { kind: 'ready' }
  /** A piece of boot.py's record stream (timed lines of output). */
  | { kind: 'records'; text: string }
  /** A write that bypassed boot.py (Pyodide's own messages, a crash). */
  | { kind: 'raw'; text: string }
  /** The program ended with this exit status. */
  | { kind: 'exit'; code: number }
  /** Pyodide could not be loaded, or the runner failed outside the program. */
  | { kind: 'failed'; message: string };
