/**
 * Timelines: who did what, and when, in a recorded run of an example (boot.py with
 * timeline_recorder.py), kept in a data file beside the matrix and drawn by the site.
 *
 * A recorded run is a run of its own, never one whose timing is checked. What it recorded is
 * checked like the matrix: a fresh recording must have the same lanes and the same writers of
 * each line, and for an example whose page documents times, the same waits at about the same times.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LiterateConfig, TimelineConfig } from './config.ts';
import type { ExampleSpec } from './example.ts';
import { checkExample, isTimed, matchLines } from './checks.ts';
import { describeFailure, runExample } from './matchers.ts';
import { placeholderValues, withoutRanges } from './patterns.ts';
import type { RecorderMode, RunOptions, RunResult } from './run-snippet.ts';
import type { Activity, WaitKind } from './transcript.ts';

export type LaneKind = 'thread' | 'task' | 'process';

export interface TimelineLane {
  name: string;
  kind: LaneKind;
  /** From its first act to its last (a line, or the end of a wait; the run's end for a wait never resumed). */
  from: number;
  to: number;
}

export interface TimelineLine {
  /** The documented line it fills (1-based), or null for a line of stderr. */
  n: number | null;
  t: number;
  lane: number;
  text: string;
  /** What each placeholder of the documented line matched in this run. */
  values: string[];
}

export interface TimelineWait {
  lane: number;
  kind: WaitKind;
  from: number;
  /** null: still waiting when the run ended or was stopped. */
  to: number | null;
  /** The snippet's line it waited at; null for a helper thread waiting inside the library. */
  line: number | null;
  /** The snippet's source line it waited at, as written ('' inside the library). */
  code: string;
}

/** One recorded run of one example. */
export interface Timeline {
  lanes: TimelineLane[];
  lines: TimelineLine[];
  waits: TimelineWait[];
  /** Seconds from the snippet's start to its end, or to when it was stopped. */
  end: number;
  /** The run was stopped (a program documented to hang), at `end`. */
  stopped: boolean;
  /** Two or more lanes act: the site draws this one. */
  concurrent: boolean;
  /**
   * How it was recorded: 'full'; 'without-locks' where wrapped locks change what the program
   * prints (it prints a lock's type, say); 'light' where even the profiler does (the program
   * times its own CPU use); null when even that did, and only the output of a plain run was kept.
   */
  recorder: RecorderMode | null;
}

export interface TimelineFile {
  /** The interpreter that made the recordings, e.g. "3.11.7". */
  python: string;
  /** The day the file was last recorded, as YYYY-MM-DD. */
  recorded: string;
  examples: Record<string, Timeline>;
}

/** Shorter waits are a lock taken in passing or a switch of the GIL, not part of the story. */
const SHORTEST_WAIT = 0.01;
/** A helper thread's wait inside the library is shown from this long on. */
const LIBRARY_WAIT = 0.1;
/** Waits of a timed example compared between recordings: long enough that load alone does not make them. */
const LONG_WAIT = 0.5;

const laneName = (lane: Activity['lanes'][number]) => lane.task ?? (lane.process === null ? lane.thread : lane.thread === 'MainThread' ? lane.process : `${lane.process}/${lane.thread}`);
const laneKind = (lane: Activity['lanes'][number]): LaneKind => (lane.task !== null ? 'task' : lane.pid !== null ? 'process' : 'thread');

/**
 * Builds the timeline of a recorded run that satisfies its page. Throws when the run does not
 * print what the page documents: a picture of a wrong run must never be kept.
 *
 * pageMeasures=false checks the lines but not the page's times, nor the ranges of the numbers they
 * print: for a recording that is compared with a committed one instead. The recorder's overhead on
 * a busy machine would otherwise fail a correct program (cpu-bound.py prints how long it computed);
 * an unrecorded run checks the page's times and ranges.
 */
export function timelineOf(example: ExampleSpec, result: RunResult, source: string, config: Pick<LiterateConfig, 'root'>, recorder: RecorderMode = 'full', pageMeasures = true): Timeline {
  const checked = pageMeasures ? example : { ...example, at: null, total: null, expected: example.expected.map(withoutRanges) };
  const problems = checkExample(checked, result);
  // The whole report, with what the recorded run printed and when: a flake found under load can then be read from the log.
  if (problems.length > 0 || !result.activity) throw new Error(`the recorded run does not print what the page documents: ${describeFailure(checked, result, problems, config)}`);
  const { activity } = result;
  const sourceLines = source.split('\n');
  // Waits at a snippet line; and a helper thread's long waits inside the library (a Timer counting
  // down, a pool's worker waiting for work), which are all such a thread does.
  const isMain = (lane: Activity['lanes'][number]) => lane.pid === null && lane.thread === 'MainThread' && lane.task === null;
  const helper = (index: number) => activity.lanes[index]!.task === null && !isMain(activity.lanes[index]!);
  const kept = activity.waits.filter((wait) =>
    wait.line !== null ? wait.to === null || wait.to - wait.from >= SHORTEST_WAIT : helper(wait.lane) && wait.to !== null && wait.to - wait.from >= LIBRARY_WAIT,
  );
  // Every task that acts and every thread that ran the snippet's code, even one that only computes;
  // the main thread of a program whose work is all in tasks only where it prints or waits itself.
  const acting = new Set([...result.lines.flatMap((line) => (line.lane === undefined ? [] : [line.lane])), ...kept.map((wait) => wait.lane)]);
  const hasTasks = activity.lanes.some((lane) => lane.task !== null);
  const lanes = activity.lanes.flatMap((lane, index) => (acting.has(index) || (lane.runsSnippet && lane.task === null && !(isMain(lane) && hasTasks)) ? [{ index, lane }] : []));
  const renumber = new Map(lanes.map(({ index }, position) => [index, position]));
  const lane = (index: number | undefined) => renumber.get(index ?? -1) ?? 0;
  const lines = recordedLines(checked, result, lane);
  const waits = kept.map((wait): TimelineWait => ({ lane: lane(wait.lane), kind: wait.kind, from: round(wait.from), to: wait.to === null ? null : round(wait.to), line: wait.line, code: wait.line === null ? '' : (sourceLines[wait.line - 1]?.trim() ?? '') }));
  const end = endOf(result);
  // A lane lasts from its first act to its last: a line, the end of a wait, its thread's exit. (The main
  // thread's own code may end long before the program does, which waits for its other threads.)
  const lastAct = (position: number, lane: Activity['lanes'][number]) =>
    Math.max(
      lane.since,
      ...lines.filter((line) => line.lane === position).map((line) => line.t),
      ...waits.filter((wait) => wait.lane === position).map((wait) => wait.to ?? end),
      lane.until ?? 0,
    );
  return {
    lanes: lanes.map(({ lane }, position) => ({ name: laneName(lane), kind: laneKind(lane), from: round(lane.since), to: round(lastAct(position, lane)) })),
    lines,
    waits,
    end,
    stopped: result.killed,
    concurrent: lanes.length >= 2,
    recorder,
  };
}

/** Only the output of a plain run that satisfies its page, for an example the recorder cannot follow. */
export function outputOf(example: ExampleSpec, result: RunResult, config: Pick<LiterateConfig, 'root'>): Timeline {
  const problems = checkExample(example, result);
  if (problems.length > 0) throw new Error(`the run does not print what the page documents: ${describeFailure(example, result, problems, config)}`);
  return { lanes: [], lines: recordedLines(example, result, () => 0), waits: [], end: endOf(result), stopped: result.killed, concurrent: false, recorder: null };
}

const endOf = (result: RunResult) => round(result.killed ? (result.killedAfter ?? 0) : (result.duration ?? 0));

/** Every line the run printed, tied to the documented line it fills and to its writer's lane. */
function recordedLines(example: ExampleSpec, result: RunResult, lane: (index: number | undefined) => number): TimelineLine[] {
  const stdout = result.lines.filter((line) => line.stream === 'out');
  const pairing = matchLines(example.expected, stdout.map((line) => line.text), example.order) ?? [];
  const documentedLine = new Map(pairing.map((actual, documented) => [actual, documented]));
  let outIndex = 0;
  return result.lines.map((line): TimelineLine => {
    const documented = line.stream === 'out' ? documentedLine.get(outIndex++) : undefined;
    const pattern = documented === undefined ? undefined : example.expected[documented];
    return { n: documented === undefined ? null : documented + 1, t: round(line.t), lane: lane(line.lane), text: line.text, values: pattern ? (placeholderValues(pattern, line.text) ?? []) : [] };
  });
}

const round = (seconds: number) => Math.round(seconds * 1000) / 1000;

/** A decimal the program printed is this many times larger recorded than unrecorded: the recorder slowed what it measures. */
const MEASURED_SLOWDOWN = 2;

/**
 * The decimals (documented as {{float …}}) that a recorded run printed more than twice as large as
 * a plain run did, as sentences. A program that times itself prints the profiler's pace, not its own,
 * and its panel would show those values: such an example is recorded without the profiler.
 */
export function slowedMeasures(example: ExampleSpec, plain: Timeline, recorded: Timeline): string[] {
  // A line's values come in the order of its placeholders; only the {{float}} ones are kept.
  const floatsOf = (n: number, values: string[]) =>
    example.expected[n - 1]!.pieces.filter((piece) => piece.kind !== 'text').flatMap((piece, i) => (piece.kind === 'float' ? [Number(values[i])] : []));
  const decimals = (timeline: Timeline) => new Map(timeline.lines.flatMap((line) => (line.n === null ? [] : [[line.n, floatsOf(line.n, line.values)] as const])));
  const before = decimals(plain);
  return [...decimals(recorded)].flatMap(([n, values]) =>
    values.flatMap((value, i) => {
      const unrecorded = before.get(n)?.[i];
      return unrecorded !== undefined && unrecorded > 0 && value > MEASURED_SLOWDOWN * unrecorded ? [`line ${n} printed ${value} recorded, ${unrecorded} unrecorded`] : [];
    }),
  );
}

/** Runs an example with the recorder, the way its page says it behaves, and builds its timeline (see timelineOf for pageMeasures). */
export async function recordTimeline(example: ExampleSpec, config: Pick<LiterateConfig, 'root'>, options: RunOptions = {}, recorder: RecorderMode = 'full', pageMeasures = true): Promise<Timeline> {
  const result = await runExample(example, { ...options, record: recorder });
  return timelineOf(example, result, readFileSync(example.snippet, 'utf8'), config, recorder, pageMeasures);
}

/**
 * What differs between a committed timeline and a fresh recording, as sentences; none means
 * the picture still shows what Python does. Only what does not depend on how busy the machine is
 * gets compared: who prints, who prints which line, where a stopped program is stuck, and, where
 * the page documents times, the long waits (a busy machine makes short ones come and go) at the
 * same times, as far apart as two runs that both fit the page can be: twice the example's tolerance.
 */
export function timelineDifferences(example: ExampleSpec, committed: Timeline, fresh: Timeline): string[] {
  const problems: string[] = [];
  if (committed.recorder === null) return problems;
  const laneOf = (timeline: Timeline, index: number) => timeline.lanes[index]!.name;
  const printers = (timeline: Timeline) => [...new Set(timeline.lines.map((line) => laneOf(timeline, line.lane)))].sort().join(', ');
  const writers = (timeline: Timeline) => timeline.lines.filter((line) => line.n !== null).map((line) => [line.n!, laneOf(timeline, line.lane)] as const);
  const writerText = (timeline: Timeline) =>
    example.order.kind === 'exact'
      ? writers(timeline).sort(([a], [b]) => a - b).map(([n, name]) => `${n}:${name}`).join(' ')
      : writers(timeline).map(([, name]) => name).sort().join(' ');
  if (printers(committed) !== printers(fresh)) problems.push(`lanes that print: committed ${printers(committed)}; recorded now ${printers(fresh)}`);
  if (writerText(committed) !== writerText(fresh)) problems.push(`who prints which line: committed ${writerText(committed)}; recorded now ${writerText(fresh)}`);
  const key = (timeline: Timeline, wait: TimelineWait) => `${laneOf(timeline, wait.lane)} ${wait.kind} at line ${wait.line}`;
  if (example.outcome.kind === 'hangs') {
    const stuck = (timeline: Timeline) => timeline.waits.filter((wait) => wait.to === null).map((wait) => key(timeline, wait)).sort().join(', ');
    if (stuck(committed) !== stuck(fresh)) problems.push(`still waiting when stopped: committed ${stuck(committed) || 'none'}; recorded now ${stuck(fresh) || 'none'}`);
  }
  if (!isTimed(example)) return problems;

  // Each recording is checked against the page's times to within the tolerance, so on a busy
  // machine two good runs can lie up to twice that apart; closer would fail a correct run by chance.
  const apart = 2 * example.tolerance;
  const span = (timeline: Timeline, wait: TimelineWait) => [wait.from, wait.to ?? timeline.end] as const;
  const describe = (timeline: Timeline, wait: TimelineWait) => `${key(timeline, wait)} from ${span(timeline, wait)[0].toFixed(2)} to ${span(timeline, wait)[1].toFixed(2)} s`;
  /** The waits of `other` at the same place and, within `apart`, the same times. */
  const counterpart = (timeline: Timeline, wait: TimelineWait, other: Timeline, used: Set<TimelineWait>) =>
    other.waits.find((candidate) => {
      const [a, b] = [span(timeline, wait), span(other, candidate)];
      return !used.has(candidate) && key(other, candidate) === key(timeline, wait) && Math.abs(a[0] - b[0]) <= apart && Math.abs(a[1] - b[1]) <= apart;
    });
  // Times are kept to the millisecond, so a wait of exactly `least` may come out a millisecond short.
  const long = (timeline: Timeline, least: number) => timeline.waits.filter((wait) => span(timeline, wait)[1] - span(timeline, wait)[0] >= least - 0.001);
  const matched = new Set<TimelineWait>();
  for (const wait of long(committed, LONG_WAIT)) {
    const found = counterpart(committed, wait, fresh, matched);
    if (found) matched.add(found);
    else problems.push(`committed: ${describe(committed, wait)}; the new recording has no such wait (±${apart} s)`);
  }
  // A sleep lasts what the program says, whatever the load: a long one must be in the committed picture too.
  const known = new Set<TimelineWait>();
  for (const wait of long(fresh, LONG_WAIT + apart).filter((wait) => wait.kind === 'sleep')) {
    const found = counterpart(fresh, wait, committed, known);
    if (found) known.add(found);
    else problems.push(`recorded now: ${describe(fresh, wait)}; the committed timeline has no such wait (±${apart} s)`);
  }
  return problems;
}

/**
 * Why a committed recording no longer fits its page (the page or its program changed since it was
 * recorded), as sentences; none means it still shows a run that the page's check accepts.
 */
export function staleRecording(example: ExampleSpec, committed: Timeline): string[] {
  const printed = committed.lines.filter((line) => line.n !== null).sort((a, b) => a.t - b.t);
  if (matchLines(example.expected, printed.map((line) => line.text), example.order) === null) return ['its output no longer matches the documented output'];
  const problems: string[] = [];
  for (const line of printed) {
    const documented = example.at?.[line.n! - 1];
    if (documented !== null && documented !== undefined && Math.abs(line.t - documented) > example.tolerance) problems.push(`line ${line.n} was recorded at ${line.t.toFixed(2)} s; the page says ${documented} s (±${example.tolerance})`);
  }
  if (example.total !== null && Math.abs(committed.end - example.total) > example.tolerance) problems.push(`the recorded run took ${committed.end.toFixed(2)} s; the page says ${example.total} s (±${example.tolerance})`);
  return problems;
}

/** The key of an example in the timelines file: its language and snippet, e.g. "en/threads/join.py". */
export const timelineKey = (example: Pick<ExampleSpec, 'lang' | 'src'>) => `${example.lang}/${example.src}`;

/** The committed timelines, or an empty set when none were recorded yet. */
export function readTimelines(config: TimelineConfig): TimelineFile {
  try {
    return JSON.parse(readFileSync(config.timelinesFile, 'utf8')) as TimelineFile;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { python: '', recorded: '', examples: {} };
    throw new Error(`${path.basename(config.timelinesFile)}: ${(error as Error).message}; run npm run timelines to record it again`);
  }
}

/** The file's text: one example per line, so a change of one example is a change of one line. */
export function formatTimelines(file: TimelineFile): string {
  const entries = Object.keys(file.examples)
    .sort()
    .map((key) => `    ${JSON.stringify(key)}: ${JSON.stringify(file.examples[key])}`);
  return `{\n  "python": ${JSON.stringify(file.python)},\n  "recorded": ${JSON.stringify(file.recorded)},\n  "examples": {\n${entries.join(',\n')}\n  }\n}\n`;
}
