/**
 * npm run timelines [-- SRC ...]: runs every example (or those whose src is given, such as
 * concepts/cpu-bound.py, in both languages) once more with the recorder (on $PYTHON or python3) and
 * writes data/timelines.json: who printed each line and when, and where each thread and task
 * waited. A run that does not print what its page documents is not kept: the command fails.
 */
import { writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import pLimit from 'p-limit';
import { project, timelines } from '../literate.config.ts';
import { defaultPython, formatTimelines, listPages, outputOf, printsMeasurements, readPage, readTimelines, recordTimeline, runExample, slowedMeasures, timelineKey, type Timeline } from '../site/lib/literate/index.ts';

const started = performance.now();
const only = process.argv.slice(2);
const all = listPages(project).flatMap((file) => readPage(file, project).examples);
const unknown = only.filter((src) => !all.some((example) => example.src === src));
if (unknown.length > 0) {
  console.error(`no example has src ${unknown.join(', ')}: give a snippet path as the pages write it, such as concepts/cpu-bound.py`);
  process.exit(2);
}
const examples = only.length === 0 ? all : all.filter((example) => only.includes(example.src));
const python = execFileSync(defaultPython(), ['-c', 'import platform; print(platform.python_version())'], { encoding: 'utf8' }).trim();
const limit = pLimit(16);
const recorded: Record<string, Timeline> = only.length === 0 ? {} : { ...readTimelines(timelines).examples };
const failures: string[] = [];
const unrecordable: string[] = [];
const withoutLocks: string[] = [];
await Promise.all(
  examples.map((example) =>
    limit(async () => {
      // A recorded run that misses a documented time on a busy machine is tried again. One that
      // wrapped locks keep from printing what its page documents is recorded without them, then
      // without the profiler; one that even that keeps from it keeps only a plain run's output.
      // One that times itself, and prints the profiler's pace instead of its own, goes without it too.
      const problems: string[] = [];
      // A plain run's output, made once and only when needed: to compare what the program times, or to keep.
      let plain: Promise<Timeline | Error> | undefined;
      const plainOutput = () => (plain ??= runExample(example).then((result) => outputOf(example, result, project)).catch((error: Error) => error));
      const timesItself = printsMeasurements(example);
      let slowed = false;
      for (const recorder of ['full', 'full', 'full', 'without-locks', 'without-locks', 'light', 'light'] as const) {
        if (slowed && recorder !== 'light') continue;
        try {
          const timeline = await recordTimeline(example, project, {}, recorder);
          const unrecorded = recorder === 'light' || !timesItself ? null : await plainOutput();
          const measures = unrecorded === null || unrecorded instanceof Error ? [] : slowedMeasures(example, unrecorded, timeline);
          slowed = measures.length > 0;
          if (slowed) throw new Error(`${timelineKey(example)}\n  the profiler slowed what it measures: ${measures.join('; ')}`);
          recorded[timelineKey(example)] = timeline;
          if (recorder !== 'full') withoutLocks.push(`${timelineKey(example)}: ${problems.at(-1)!.split('\n')[1]}`);
          return;
        } catch (error) {
          problems.push((error as Error).message);
        }
      }
      const output = await plainOutput();
      if (output instanceof Error) failures.push(output.message);
      else {
        recorded[timelineKey(example)] = output;
        unrecordable.push(problems.at(-1)!);
      }
    }),
  ),
);
if (failures.length > 0) {
  console.error(failures.join('\n\n'));
  process.exit(1);
}
writeFileSync(timelines.timelinesFile, formatTimelines({ python, recorded: new Date().toISOString().slice(0, 10), examples: recorded }));
if (withoutLocks.length > 0) console.log(`${withoutLocks.length} examples recorded without wrapped locks or without the profiler (with them, they print something else, or the profiler slows what they time):\n${withoutLocks.join('\n')}\n`);
if (unrecordable.length > 0) console.log(`${unrecordable.length} examples keep only their output; under the recorder they print something else:\n${unrecordable.join('\n\n')}\n`);
const drawn = Object.values(recorded).filter((timeline) => timeline.concurrent).length;
console.log(`${examples.length} examples recorded on Python ${python}; ${drawn} have two or more lanes and get a timeline`);
console.log(`wrote ${path.relative(project.root, timelines.timelinesFile)} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
