/**
 * What a run printed and when, put together from boot.py's timed records (one JSON object per
 * line, see its docstring) and from raw writes that bypass it. Pure: the Node runner and the
 * browser's Run button both build their result with it, so they judge the same output.
 */

export type Stream = 'out' | 'err';

/** One line of output, with the time (seconds since the snippet started) its first character was written. */
export interface OutputLine {
  stream: Stream;
  text: string;
  t: number;
  /** In a recorded run: the index in `activity.lanes` of the thread, task or process that wrote it. */
  lane?: number;
}

/** A thread, an asyncio task or a child process, as a recorded run names it (timeline_recorder.py). */
export interface Lane {
  /** The child process's id; null for the program's own process. */
  pid: number | null;
  thread: string;
  task: string | null;
  /** A child process's name, as multiprocessing last called it. */
  process: string | null;
  /** When it first acted, in seconds since the snippet's start. */
  since: number;
  /** For a thread: when its run() returned (null: it never did, or it is the main thread). */
  until: number | null;
  /** It ran the snippet's own code (not only the library's, as asyncio's helper threads do). */
  runsSnippet: boolean;
}

export type WaitKind = 'sleep' | 'lock' | 'await';

/** A wait in a recorded run: from when to when (null: still waiting when the run ended), at which line of the snippet. */
export interface Wait {
  lane: number;
  kind: WaitKind;
  from: number;
  to: number | null;
  line: number | null;
}

/** Who acted in a recorded run: every lane in the order it first acted, and every wait. */
export interface Activity {
  lanes: Lane[];
  waits: Wait[];
}

/** A piece of output as it was written: by boot.py (a whole line) or raw (any bytes). */
export interface Chunk {
  stream: Stream;
  t: number;
  text: string;
  lane?: number;
}

/** [pid, thread, task, process] of a record from timeline_recorder.py. */
type Who = [number | null, string, string | null, string | null];

interface Record {
  e: string;
  t: number;
  d?: string;
  w?: Who;
  k?: WaitKind;
  l?: number | null;
}

export interface TranscriptEvents {
  /** The snippet is about to run: its clock starts. */
  onStart?: () => void;
  /** A piece of output has arrived. */
  onChunk?: (chunk: Chunk) => void;
}

export class Transcript {
  /** Seconds from the snippet's start to interpreter shutdown; null until boot.py's last record. */
  duration: number | null = null;
  /** Who acted, for a recorded run; null otherwise. */
  readonly activity: Activity | null;
  readonly #chunks: Chunk[] = [];
  readonly #events: TranscriptEvents;
  readonly #laneIndex = new Map<string, number>();
  readonly #openWaits = new Map<number, Wait>();
  #pending = '';

  constructor(recorded: boolean, events: TranscriptEvents = {}) {
    this.activity = recorded ? { lanes: [], waits: [] } : null;
    this.#events = events;
  }

  /** A raw write to stdout or stderr (C code, a child process), at the time it was seen. */
  raw(stream: Stream, t: number, text: string): void {
    this.#push({ stream, t, text });
  }

  /** Text from boot.py's record stream, in pieces of any size. */
  records(text: string): void {
    this.#pending += text;
    let newline: number;
    while ((newline = this.#pending.indexOf('\n')) >= 0) {
      const record = JSON.parse(this.#pending.slice(0, newline)) as Record;
      this.#pending = this.#pending.slice(newline + 1);
      this.#take(record);
    }
  }

  /** Everything printed, in the order it was written, whole and line by line. */
  output(): { stdout: string; stderr: string; lines: OutputLine[] } {
    const ordered = this.#chunks.map((chunk, index) => ({ chunk, index }));
    ordered.sort((a, b) => a.chunk.t - b.chunk.t || a.index - b.index);
    const sorted = ordered.map(({ chunk }) => chunk);
    return {
      stdout: sorted.filter((c) => c.stream === 'out').map((c) => c.text).join(''),
      stderr: sorted.filter((c) => c.stream === 'err').map((c) => c.text).join(''),
      lines: splitLines(sorted),
    };
  }

  #push(chunk: Chunk): void {
    this.#chunks.push(chunk);
    this.#events.onChunk?.(chunk);
  }

  #take(record: Record): void {
    const activity = this.activity;
    const lane = activity && record.w ? this.#laneOf(activity, record.w, record.t) : undefined;
    if (record.e === 'lane') return;
    if (lane !== undefined && record.e === 'runs') activity!.lanes[lane]!.runsSnippet = true;
    else if (lane !== undefined && record.e === 'exit') activity!.lanes[lane]!.until = record.t;
    else if (lane !== undefined && record.e === 'wait') {
      const wait: Wait = { lane, kind: record.k!, from: record.t, to: null, line: record.l ?? null };
      activity!.waits.push(wait);
      this.#openWaits.set(lane, wait);
    } else if (lane !== undefined && record.e === 'resume') {
      const wait = this.#openWaits.get(lane);
      if (wait) wait.to = record.t;
      this.#openWaits.delete(lane);
    } else if (record.e === 'start') this.#events.onStart?.();
    else if (record.e === 'end') this.duration = record.t;
    else this.#push({ stream: record.e === 'err' ? 'err' : 'out', t: record.t, text: record.d ?? '', ...(lane === undefined ? {} : { lane }) });
  }

  #laneOf(activity: Activity, [pid, thread, task, process]: Who, t: number): number {
    const key = JSON.stringify([pid, thread, task]);
    let index = this.#laneIndex.get(key);
    if (index === undefined) {
      index = activity.lanes.push({ pid, thread, task, process, since: t, until: null, runsSnippet: false }) - 1;
      this.#laneIndex.set(key, index);
    }
    activity.lanes[index]!.process = process;
    return index;
  }
}

/** Splits each stream into lines; a line's time is the time of the write that began it. */
function splitLines(chunks: Chunk[]): OutputLine[] {
  const lines: OutputLine[] = [];
  const open = new Map<Stream, OutputLine>();
  for (const { stream, t, text, lane } of chunks) {
    const parts = text.split('\n');
    parts.forEach((part, i) => {
      const last = i === parts.length - 1;
      if (last && part === '') return; // text ended with a newline: no line is open
      let line = open.get(stream);
      if (!line) {
        line = { stream, text: '', t, ...(lane === undefined ? {} : { lane }) };
        lines.push(line);
        open.set(stream, line);
      }
      line.text += part;
      if (!last) open.delete(stream);
    });
  }
  return lines;
}
