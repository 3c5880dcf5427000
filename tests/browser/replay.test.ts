/**
 * Replay under the examples that need threads: the recorded CPython run (data/timelines.json),
 * played line by line at its recorded times. The page's timers are the test's own here, so the
 * schedule is checked exactly, not by measuring wall time.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { DICTIONARIES } from '../../site/lib/i18n.ts';
import { clickElement, closePages, openPage, showDeferred, site, type OpenPage } from './harness.ts';

afterEach(closePages);

const barOf = (page: OpenPage, key: string) => {
  const [lang, ...path] = key.split('/');
  return page.document.querySelector<HTMLElement>(`figure.example[data-example="${path.join('/')}"] example-run[data-lang="${lang}"][data-replay]`)!;
};

/** The run controller's bundle (site/scripts/run/controller.ts), where Replay sets its timers. */
const CONTROLLER = /\/_astro\/controller\.[\w-]+\.js/;

/**
 * Takes over the timers that the run controller sets: each is kept, with its delay, until the test
 * runs it. The page's other timers (its other scripts, which a busy machine may start late) run as
 * they would: a timer is the controller's when the controller's bundle is on the stack that sets it.
 */
function holdTimers(page: OpenPage) {
  const held = new Map<number, { delay: number; run: () => void }>();
  const [setReal, clearReal] = [page.window.setTimeout.bind(page.window), page.window.clearTimeout.bind(page.window)];
  let next = 2 ** 30; // far above the ids the browser gives
  page.window.setTimeout = ((run: () => void, delay = 0, ...rest: unknown[]) => {
    if (!CONTROLLER.test(new Error().stack ?? '')) return setReal(run, delay, ...rest);
    held.set(next, { delay, run });
    return next++;
  }) as typeof setTimeout;
  page.window.clearTimeout = ((id: number) => (held.has(id) ? void held.delete(id) : clearReal(id))) as typeof clearTimeout;
  return held;
}

/** Opens the page (with its timelines shown), takes over its timers and clicks Replay; resolves when every line's timer and the end's are set. */
async function startReplay(url: string, key: string) {
  const page = await openPage(url);
  await showDeferred(page);
  const bar = barOf(page, key);
  const held = holdTimers(page);
  await clickElement(page, bar.querySelector('button[data-action="replay"]')!);
  // The controller's bundle loads on the first click: a wait for it, not a measure of it.
  await vi.waitFor(() => expect(held.size).toBe(site.recordings[key]!.lines.length + 1), { timeout: 60_000, interval: 50 });
  return { page, bar, held };
}

const shownLines = (bar: HTMLElement) => [...bar.querySelectorAll('.run-output .run-line')].map((line) => [line.querySelector('.run-time')!.textContent, line.querySelector('.run-text')!.textContent]);

const replayPages = Object.keys(site.replayable);

describe('which examples have Replay', () => {
  test.each(replayPages)('%s: exactly those that need threads and have a timeline', async (url) => {
    const page = await openPage(url);
    const keys = [...page.document.querySelectorAll<HTMLElement>('example-run[data-replay]')].map((bar) => `${bar.dataset['lang']}/${bar.closest<HTMLElement>('figure.example')!.dataset['example']}`);
    expect(keys.sort()).toEqual([...site.replayable[url]!].sort());
  });
});

describe.each([
  { url: '/en/threads/', key: 'en/threads/start-new-thread.py' },
  { url: '/zh/deadlock/', key: site.replayable['/zh/deadlock/']![0]! },
])('Replay of $key', ({ url, key }) => {
  const recording = site.recordings[key]!;

  test('shows each recorded line at its recorded time from the click, and the end at the recording’s end', async () => {
    const { bar, held } = await startReplay(url, key);
    const timers = [...held.entries()].sort(([a, x], [b, y]) => x.delay - y.delay || a - b);
    expect(timers.map(([, timer]) => timer.delay)).toEqual([...recording.lines.map(([t]) => t * 1000), recording.end * 1000]);
    expect(shownLines(bar)).toEqual([]);
    for (const [i, [id, timer]] of timers.entries()) {
      held.delete(id);
      timer.run();
      expect(shownLines(bar)).toEqual(recording.lines.slice(0, Math.min(i + 1, recording.lines.length)).map(([t, text]) => [`${t.toFixed(2)}s`, text]));
    }
    expect(bar.querySelector<HTMLElement>('.run-status')!.dataset['verdict']).toBe('replayed');
  });

  test('is labelled as a recording, with the interpreter and the day', async () => {
    const { bar } = await startReplay(url, key);
    const lang = key.split('/')[0] as 'zh' | 'en';
    const label = DICTIONARIES[lang]['run.recording'].replace('{python}', site.recordedBy.python).replace('{date}', site.recordedBy.date);
    expect(bar.querySelector('.run-label')!.textContent).toBe(label);
    expect(site.recordedBy.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  test('sweeps the timeline’s playhead from 0 s to the end at the recording’s pace, and lights each mark when its line appears', async () => {
    const { bar, held } = await startReplay(url, key);
    const svg = bar.closest('figure.example')!.querySelector<SVGSVGElement>('figure.timeline svg')!;
    const playhead = svg.querySelector<SVGLineElement>('.playhead')!;
    const [sweep, ...others] = playhead.getAnimations();
    expect(others).toEqual([]);
    expect(sweep!.effect!.getTiming()).toMatchObject({ duration: recording.end * 1000, easing: 'linear' });
    const perSecond = Number(playhead.dataset['unitsPerSecond']);
    expect((sweep!.effect as KeyframeEffect).getKeyframes().map((frame) => frame['transform'])).toEqual(['translateX(0px)', `translateX(${recording.end * perSecond}px)`]);
    // It ends on the axis: within the picture's time scale.
    const axis = svg.querySelector<SVGLineElement>('.axis')!;
    expect(playhead.x1.baseVal.value + recording.end * perSecond).toBeLessThanOrEqual(axis.x2.baseVal.value + 1e-6);
    expect(svg.classList.contains('replaying')).toBe(true);
    const printed = () => [...svg.querySelectorAll<SVGGElement>('.mark.printed')].map((mark) => Number(mark.dataset['n'])).sort((a, b) => a - b);
    expect(printed()).toEqual([]);
    const timers = [...held.entries()].sort(([a, x], [b, y]) => x.delay - y.delay || a - b);
    for (const [i, [id, timer]] of timers.slice(0, -1).entries()) {
      held.delete(id);
      timer.run();
      const marks = recording.lines.slice(0, i + 1).flatMap(([, , n]) => (n === null ? [] : [n]));
      expect(printed()).toEqual(marks.sort((a, b) => a - b));
    }
  });

  test('Stop ends the replay: no timer is left, and the lines shown stay', async () => {
    const { page, bar, held } = await startReplay(url, key);
    const first = [...held.values()].sort((a, b) => a.delay - b.delay)[0]!;
    first.run();
    await clickElement(page, bar.querySelector('button[data-action="stop"]')!);
    expect(held.size).toBe(0);
    expect(bar.querySelector<HTMLElement>('.run-status')!.dataset['verdict']).toBe('stopped');
    expect(shownLines(bar)).toHaveLength(1);
    expect(bar.querySelector<HTMLButtonElement>('button[data-action="replay"]')!.hidden).toBe(false);
    // The playhead stays where the replay was stopped.
    const playhead = bar.closest('figure.example')!.querySelector<SVGLineElement>('figure.timeline .playhead')!;
    expect(playhead.getAnimations().map((animation) => animation.playState)).toEqual(['paused']);
  });
});
