/** The recorder and the timelines built from it, on fixture programs run by real CPython. */
import { describe, expect, test } from 'vitest';
import { findInterpreters, recordTimeline, slowedMeasures, timelineDifferences, type Timeline } from '../../site/lib/literate/index.ts';
import { example, FIXTURES } from './fixtures.ts';

const laneNames = (timeline: Timeline) => timeline.lanes.map((lane) => `${lane.kind} ${lane.name}`);
const writers = (timeline: Timeline) => timeline.lines.map((line) => `${line.n} ${timeline.lanes[line.lane]!.name}`);
const waits = (timeline: Timeline) => timeline.waits.map((wait) => `${timeline.lanes[wait.lane]!.name} ${wait.kind} line ${wait.line}: ${wait.code}${wait.to === null ? ' (still waiting)' : ''}`);

describe('a thread that sleeps, joined by the main thread', () => {
  const spec = example('src="two-sleepers.py" at="0.5 0.5"', '醒来 0.5\n结束');
  // Held to the page's lines but not its times: the recorder's overhead on a busy machine can push
  // a correct run past them (an unrecorded run is what checks a page's times).
  const recording = recordTimeline(spec, FIXTURES, {}, 'full', false);

  test('has a lane for each thread, in the order they first act', async () => {
    expect(laneNames(await recording)).toEqual(['thread MainThread', 'thread sleeper']);
  });

  test('ties each line to the thread that printed it', async () => {
    expect(writers(await recording)).toEqual(['1 sleeper', '2 MainThread']);
  });

  // Waits that load alone makes longer (start() waiting for the thread to start) may come too.
  test('shows the sleep and the join, at their lines', async () => {
    expect(waits(await recording)).toEqual(expect.arrayContaining(['MainThread lock line 12: t.join()', 'sleeper sleep line 6: time.sleep(delay)']));
  });

  test('times the sleep from the snippet’s start', async () => {
    const sleep = (await recording).waits.find((wait) => wait.kind === 'sleep')!;
    // Its ends are kept to the millisecond: its length may come out a millisecond short.
    expect(sleep.to! - sleep.from).toBeGreaterThanOrEqual(0.499);
    // On the snippet's clock, the line it prints comes after it ends.
    const printed = (await recording).lines.find((line) => line.n === 1)!;
    expect([sleep.from >= 0, printed.t >= sleep.to!]).toEqual([true, true]);
  });

  test('is concurrent: the site draws it', async () => {
    expect((await recording).concurrent).toBe(true);
  });

  test('a changed sleep no longer matches the committed timeline', async () => {
    const committed = await recording;
    const moved = { ...committed, waits: committed.waits.map((wait) => (wait.kind === 'sleep' ? { ...wait, to: wait.to! + 1 } : wait)) };
    expect(timelineDifferences(spec, moved, committed)).toEqual([
      expect.stringMatching(/^committed: sleeper sleep at line 6 from \d\.\d\d to \d\.\d\d s; the new recording has no such wait \(±0\.6 s\)$/),
    ]);
  });

  test('a sleep made longer is found from the new recording’s side too', async () => {
    const committed = await recording;
    const longer = { ...committed, waits: committed.waits.map((wait) => (wait.kind === 'sleep' ? { ...wait, to: wait.to! + 1 } : wait)) };
    expect(timelineDifferences(spec, committed, longer)).toEqual([
      expect.stringMatching(/^committed: sleeper sleep at line 6 from \d\.\d\d to \d\.\d\d s; the new recording has no such wait \(±0\.6 s\)$/),
      expect.stringMatching(/^recorded now: sleeper sleep at line 6 from \d\.\d\d to \d\.\d\d s; the committed timeline has no such wait \(±0\.6 s\)$/),
    ]);
  });

  test('a fresh recording of the same program matches it', async () => {
    expect(timelineDifferences(spec, await recording, await recordTimeline(spec, FIXTURES, {}, 'full', false))).toEqual([]);
  });
});

describe('a recording made to be compared with a committed one', () => {
  test('leaves the page’s times to the unrecorded run', async () => {
    const timeline = await recordTimeline(example('src="two-sleepers.py" at="5 5"', '醒来 0.5\n结束'), FIXTURES, {}, 'full', false);
    expect(timeline.lines.map((line) => line.text)).toEqual(['醒来 0.5', '结束']);
  });

  test('leaves the ranges of the numbers it prints to the unrecorded run', async () => {
    const timeline = await recordTimeline(example('src="two-sleepers.py"', '醒来 {{float 5..9}}\n结束'), FIXTURES, {}, 'full', false);
    expect(timeline.lines.map((line) => `${line.n} ${line.values.join()}`)).toEqual(['1 0.5', '2 ']);
  });

  test('a recording made to be drawn is held to those ranges', async () => {
    await expect(recordTimeline(example('src="two-sleepers.py"', '醒来 {{float 5..9}}\n结束'), FIXTURES)).rejects.toThrow(/the recorded run does not print what the page documents/);
  });

  test('still refuses a run whose lines differ from the page', async () => {
    await expect(recordTimeline(example('src="two-sleepers.py" at="0.5 0.5"', '醒来 0.7\n结束'), FIXTURES, {}, 'full', false)).rejects.toThrow(/the recorded run does not print what the page documents/);
  });
});

describe('two threads that take two locks in opposite orders', () => {
  const spec = example('src="crossed-locks.py" anyOrder="all" hangs="2"', 'x 拿到第一把锁\ny 拿到第一把锁');
  const recording = recordTimeline(spec, FIXTURES);

  test('shows each thread still waiting for the other’s lock when the program is stopped', async () => {
    const timeline = await recording;
    expect(timeline.stopped).toBe(true);
    expect(waits(timeline).filter((wait) => wait.endsWith('(still waiting)')).sort()).toEqual(['x lock line 11: with second: (still waiting)', 'y lock line 11: with second: (still waiting)']);
  });

  test('ends where the program was stopped', async () => {
    expect((await recording).end).toBe(2);
  });
});

describe('tasks gathered in one event loop', () => {
  const spec = example('src="three-tasks.py" at="0.3 0.6 0.6"', 'b 醒来\na 醒来\n都醒了');
  // Who acts and who waits, not when: the profiler slows a starved process by tenths of a second
  // before its first sleep (a stress run saw every line 0.35 s late), so the page's times are left
  // to unrecorded runs, as for every recording that is compared rather than timed.
  const recording = recordTimeline(spec, FIXTURES, {}, 'full', false);

  // On a busy machine the main thread can wait on a lock inside asyncio.run() longer than the
  // shortest wait drawn: it then gets a lane and that wait, which is true but load's doing.
  const tasksOnly = (names: string[]) => names.filter((name) => !name.includes('MainThread'));

  test('has a lane for each task, named as asyncio names it, with the coroutine it runs', async () => {
    expect(tasksOnly(laneNames(await recording))).toEqual(['task Task-1 (main)', 'task Task-2 (nap)', 'task Task-3 (nap)']);
  });

  test('shows each task asleep at its await', async () => {
    expect(tasksOnly(waits(await recording))).toEqual([
      'Task-1 (main) await line 10: await asyncio.gather(nap(\'a\', 0.6), nap(\'b\', 0.3))',
      'Task-2 (nap) sleep line 5: await asyncio.sleep(seconds)',
      'Task-3 (nap) sleep line 5: await asyncio.sleep(seconds)',
    ]);
  });

  test('ties each line to the task that printed it', async () => {
    expect(writers(await recording)).toEqual(['1 Task-3 (nap)', '2 Task-2 (nap)', '3 Task-1 (main)']);
  });
});

test('a run that does not print what the page documents gives no timeline, and the error shows what it printed and when', async () => {
  const error: Error = await recordTimeline(example('src="two-sleepers.py"', '醒来 9\n结束'), FIXTURES).then(
    () => expect.fail('a timeline was made'),
    (thrown: Error) => thrown,
  );
  const [heading, ...report] = error.message.split('\n');
  expect(heading).toBe('the recorded run does not print what the page documents: tests/fixtures/content/zh/inline.mdx:6 two-sleepers.py (snippet tests/fixtures/snippets/zh/two-sleepers.py)');
  expect(report.slice(0, 2)).toEqual(['  ✗ the output differs from the documented output', '  first differing line: tests/fixtures/content/zh/inline.mdx:8']);
  expect(report).toContain('-醒来 9');
  // Each printed line with its time, which load changes: only its form is fixed.
  expect(report.join('\n')).toMatch(/\nactual output with times:\n\[ *\d+\.\d\d s\] 醒来 0\.5\n\[ *\d+\.\d\d s\] 结束$/);
});

// The matrix runs every example on every interpreter here, so the recorder must work on each too.
describe.concurrent('on every CPython here', () => {
  const spec = example('src="crossed-locks.py" anyOrder="all" hangs="2"', 'x 拿到第一把锁\ny 拿到第一把锁');
  for (const interpreter of findInterpreters()) {
    test(`${interpreter.version} records both threads stuck at the second lock`, async () => {
      const timeline = await recordTimeline(spec, FIXTURES, { python: interpreter.path });
      expect(waits(timeline).filter((wait) => wait.endsWith('(still waiting)')).sort()).toEqual(['x lock line 11: with second: (still waiting)', 'y lock line 11: with second: (still waiting)']);
    });

    test(`${interpreter.version} records a thread’s sleep and its join without a profiler`, async () => {
      const timeline = await recordTimeline(lightly, FIXTURES, { python: interpreter.path }, 'light');
      // The join is a wait only if the thread is still sleeping when it is called, which load can change.
      expect(laneNames(timeline)).toEqual(['thread MainThread', 'thread looker']);
      expect(waits(timeline)).toContain('looker sleep line 7: time.sleep(0.2)');
      expect(waits(timeline).every((wait) => ['MainThread lock line 13: t.join()', 'looker sleep line 7: time.sleep(0.2)'].includes(wait))).toBe(true);
    });
  }
});

// Its thread prints sys.getprofile(): "None" when it runs unrecorded.
const lightly = example('src="profiler-visible.py"', 'None');

describe('a program that the profiler itself changes', () => {
  test('is refused by a full recording and by one without locks', async () => {
    await expect(recordTimeline(lightly, FIXTURES)).rejects.toThrow(/the recorded run does not print what the page documents/);
    await expect(recordTimeline(lightly, FIXTURES, {}, 'without-locks')).rejects.toThrow(/the recorded run does not print what the page documents/);
  });

  test('is recorded lightly as it runs unrecorded, its line tied to the thread that printed it', async () => {
    const timeline = await recordTimeline(lightly, FIXTURES, {}, 'light');
    expect([timeline.recorder, writers(timeline), timeline.concurrent]).toEqual(['light', ['1 looker'], true]);
  });
});

test('a light recording gives a lane to each pool worker that runs the snippet’s function', async () => {
  const timeline = await recordTimeline(example('src="pool-workers.py"', 'True'), FIXTURES, {}, 'light');
  expect(laneNames(timeline).sort()).toEqual(['thread MainThread', 'thread worker_0', 'thread worker_1']);
});

describe('a program that looks at a lock’s type', () => {
  const spec = example('src="lock-type.py"', 'lock');

  test('is changed by the wrapped locks of a full recording, which is refused', async () => {
    await expect(recordTimeline(spec, FIXTURES)).rejects.toThrow(/the recorded run does not print what the page documents/);
  });

  test('is recorded as it runs unrecorded when its locks are left unwrapped', async () => {
    const timeline = await recordTimeline(spec, FIXTURES, {}, 'without-locks');
    expect([timeline.recorder, laneNames(timeline)]).toEqual(['without-locks', ['thread MainThread', 'thread Thread-1 (show)']]);
  });
});

describe('a program that times itself, recorded and unrecorded', () => {
  const spec = example('src="two-sleepers.py"', 'took {{float 0..30}} s, {{int 0..9}} rounds\ndone');
  const run = (...printed: string[]): Timeline => ({
    lanes: [{ name: 'MainThread', kind: 'thread', from: 0, to: 1 }],
    lines: printed.map((text, i) => ({ n: i + 1, t: i, lane: 0, text, values: i === 0 ? text.match(/[\d.]+/g)! : [] })),
    waits: [],
    end: 1,
    stopped: false,
    concurrent: false,
    recorder: 'full',
  });
  test.each([
    ['the same decimal', 'took 0.40 s, 3 rounds', []],
    ['a decimal twice as large', 'took 0.80 s, 3 rounds', []],
    ['a whole number far larger', 'took 0.40 s, 9 rounds', []],
    ['a decimal over twice as large', 'took 0.81 s, 3 rounds', ['line 1 printed 0.81 recorded, 0.4 unrecorded']],
  ])('%s recorded: %j', (_, recorded, slowed) => {
    expect(slowedMeasures(spec, run('took 0.40 s, 3 rounds', 'done'), run(recorded, 'done'))).toEqual(slowed);
  });
});
