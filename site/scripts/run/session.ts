/**
 * One run of an example in the page: takes a Pyodide worker that is loaded (or loading), sends it
 * the program, builds the run's transcript from boot.py's records as they arrive, and when the
 * run ends judges it with the toolkit's own check (findProblems). Loaded only when a reader first runs
 * something (example-run.ts imports it then); until that moment the page has no Pyodide at all.
 */
import { createTwoFilesPatch } from 'diff';
import { alignOutput, findProblems, snippetName, Transcript, withNewline, type Alignment, type CheckedExample, type CheckedRun, type OutputLine, type Problem } from '../../lib/literate/in-page.ts';
import type { PageMessage, WorkerMessage } from './protocol.ts';

/** A worker that loads Pyodide as soon as it is made; `ready` settles when it has. */
interface Interpreter {
  worker: Worker;
  ready: Promise<void>;
  /** Every message after 'ready' goes here. */
  listen(handler: (message: WorkerMessage) => void): void;
}

/** A memory snapshot of a fresh interpreter, from the page's first worker: later ones start from it in about half a second. */
let snapshot: Uint8Array | undefined;

function startInterpreter(): Interpreter {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module' });
  let handler: (message: WorkerMessage) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerMessage>) => {
      if (event.data.kind === 'snapshot') snapshot ??= event.data.snapshot;
      else if (event.data.kind === 'ready') resolve();
      else if (event.data.kind === 'failed') reject(new Error(event.data.message));
      handler(event.data);
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || 'the worker could not start')));
  });
  ready.catch(() => {}); // a spare that failed reports it when it is taken
  worker.postMessage({ kind: 'load', snapshot } satisfies PageMessage);
  return { worker, ready, listen: (next) => (handler = next) };
}

/** The next run's interpreter, loading in the background: a second run need not wait for a load. */
let spare: Interpreter | undefined;

/** Starts loading Pyodide before a run is asked for (when the reader points at Run). */
export function prepare(): void {
  spare ??= startInterpreter();
}

function take(): Interpreter {
  const interpreter = spare ?? startInterpreter();
  spare = undefined;
  return interpreter;
}

export type RunPhase = 'loading' | 'running';

export interface RunView {
  phase(phase: RunPhase): void;
  /** The run's lines so far, stdout and stderr, in the order they were written. */
  lines(lines: OutputLine[]): void;
}

export type RunEnd =
  | { kind: 'checked'; problems: Problem[]; diff: string; differing: number[]; run: CheckedRun }
  | { kind: 'stopped'; after: number; run: CheckedRun }
  | { kind: 'failed'; message: string };

export interface Run {
  stop(): void;
  ended: Promise<RunEnd>;
}

/**
 * The documented stdout against the run's, as a unified diff without its file header. A documented
 * line that a printed line satisfies (placeholders and all) counts as that line, so that only real
 * differences show.
 */
function outputDiff(example: CheckedExample, stdout: string, printed: string[], alignment: Alignment): string {
  const text = example.expected.map((pattern, i) => (alignment.documented[i] === null ? pattern.documented : printed[alignment.documented[i]!])).join('\n');
  const patch = createTwoFilesPatch('documented', 'your run', example.finalNewline ? withNewline(text) : text, stdout, undefined, undefined, { context: 3 });
  return patch.slice(patch.indexOf('@@')).trim();
}

/** Runs a program (the example's, or the reader's edit of it) and judges its output by the example's documented behaviour. */
export function startRun(example: CheckedExample, code: string, view: RunView): Run {
  const interpreter = take();
  let startedAt: number | null = null;
  const since = () => (startedAt === null ? 0 : (performance.now() - startedAt) / 1000);
  let shown = false;
  let over = false;
  const transcript = new Transcript(false, {
    onStart: () => (startedAt = performance.now()),
    onChunk: () => {
      if (shown) return;
      shown = true;
      requestAnimationFrame(() => {
        shown = false;
        if (!over) view.lines(transcript.output().lines); // once it is over, the end shows them
      });
    },
  });
  let finish!: (end: RunEnd) => void;
  const ended = new Promise<RunEnd>((resolve) => (finish = resolve));
  let limit: ReturnType<typeof setTimeout> | undefined;

  const runOf = (exitCode: number | null, killed: boolean): CheckedRun => ({ ...transcript.output(), exitCode, killed, duration: transcript.duration, stackDump: '' });
  const end = (outcome: RunEnd) => {
    if (over) return;
    over = true;
    clearTimeout(limit);
    interpreter.worker.terminate();
    prepare();
    finish(outcome);
  };
  const judge = (run: CheckedRun): RunEnd => {
    const printed = run.lines.filter((line) => line.stream === 'out').map((line) => line.text);
    const problems = findProblems(example, run);
    const alignment = alignOutput(example, printed);
    const diff = problems.length === 0 ? '' : outputDiff(example, run.stdout, printed, alignment);
    return { kind: 'checked', problems, diff, differing: alignment.unmatched, run };
  };

  interpreter.listen((message) => {
    try {
      if (message.kind === 'records') {
        const before = startedAt;
        transcript.records(message.text);
        // The run's own limit counts from the snippet's start, as in the tests.
        if (before === null && startedAt !== null) limit = setTimeout(() => end(judge(runOf(null, true))), example.timeout * 1000);
      } else if (message.kind === 'raw') transcript.raw('err', since(), message.text);
      else if (message.kind === 'exit') end(judge(runOf(message.code, false)));
      else if (message.kind === 'failed') end({ kind: 'failed', message: message.message });
    } catch (error) {
      // A write to the interpreter's real stdout that is not one of boot.py's records, say (Pyodide has no fd 3).
      end({ kind: 'failed', message: String(error) });
    }
  });
  view.phase('loading');
  interpreter.ready.then(
    () => {
      if (over) return;
      view.phase('running');
      interpreter.worker.postMessage({ kind: 'run', name: snippetName(example), code } satisfies PageMessage);
    },
    (error: unknown) => end({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
  return { stop: () => end({ kind: 'stopped', after: since(), run: runOf(null, true) }), ended };
}
