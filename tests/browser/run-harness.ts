/**
 * What the Run tests share (run.test.ts, and run-timed.test.ts for the runs whose lines are timed):
 * finding an example's Run bar, clicking Run and waiting for the verdict, and which example each
 * page runs.
 */
import { expect, vi } from 'vitest';
import { commands } from 'vitest/browser';
import { DICTIONARIES } from '../../site/lib/i18n.ts';
import { timingMargin, unpackExample, type PackedExample } from '../../site/lib/literate/in-page.ts';
import type { RunEnd } from '../../site/scripts/run/session.ts';
import { clickElement, openPage, site, type OpenPage } from './harness.ts';

/** A run can wait for Pyodide to load (a few seconds, more on a busy machine) and then run for its own seconds. */
export const RUN_LIMIT = { timeout: 90_000, interval: 100 };

/** The Run bar of the example with this key ("en/asyncio/run.py") on the page. */
export function runBar(page: OpenPage, key: string): HTMLElement {
  const [lang, ...path] = key.split('/');
  const bar = page.document.querySelector<HTMLElement>(`figure.example[data-example="${path.join('/')}"] example-run[data-lang="${lang}"]`);
  if (!bar) throw new Error(`${page.where}: no Run bar for ${key}`);
  return bar;
}

export const button = (bar: HTMLElement, action: string) => bar.querySelector<HTMLButtonElement>(`button[data-action="${action}"]:not([hidden])`)!;
export const packedSpec = (bar: HTMLElement) => JSON.parse(bar.querySelector('script[type="application/json"]')!.textContent!) as PackedExample;

/** Clicks Run and waits for the verdict: matches, differs, stopped or failed. */
export async function run(page: OpenPage, bar: HTMLElement): Promise<string> {
  await clickElement(page, button(bar, 'run'));
  return verdict(bar);
}

export async function verdict(bar: HTMLElement): Promise<string> {
  return vi.waitFor(() => {
    const given = bar.querySelector<HTMLElement>('.run-status')?.dataset['verdict'];
    if (!given) throw new Error(`no verdict yet: ${bar.querySelector('.run-status')?.textContent ?? 'no panel'}`);
    return given;
  }, RUN_LIMIT);
}

export const runnablePages = Object.keys(site.runnable);

/** One example of each kind of check that a runnable example makes, on the page where it is. */
export const KINDS = [
  { kind: 'exact', url: '/en/yield-from/', key: 'en/yield-from/flatten.py', has: (spec: PackedExample) => spec.expected.every((line) => typeof line === 'string') && !spec.at && !spec.outcome },
  { kind: 'placeholders', url: '/en/asyncio/', key: 'en/asyncio/never-awaited.py', has: (spec: PackedExample) => spec.expected.some((line) => typeof line !== 'string') },
  { kind: 'timing', url: '/zh/asyncio/', key: 'zh/asyncio/run.py', has: (spec: PackedExample) => spec.at !== undefined && spec.total !== undefined },
  { kind: 'raises', url: '/zh/coroutines/', key: 'zh/coroutines/send-unprimed.py', has: (spec: PackedExample) => spec.outcome?.kind === 'raises' },
  { kind: 'syntax error', url: '/en/coroutines/', key: 'en/coroutines/producer-consumer-typo.py', has: (spec: PackedExample) => spec.outcome?.kind === 'syntax-error' },
];

/** The example each page runs: the one of its kind if the page has one, else its first untimed one that Pyodide runs as documented, else its first so run, else its first. */
export const pageRuns = runnablePages.map((url) => {
  const examples = site.runnable[url]!;
  // An untimed example is chosen where there is one: its run is judged by its output alone.
  const documented = examples.filter(({ pyodide }) => pyodide === 'documented');
  const chosen = KINDS.find((kind) => kind.url === url)?.key ?? (documented.find(({ timed }) => !timed) ?? documented[0] ?? examples[0]!).key;
  const { pyodide, timed } = examples.find(({ key }) => key === chosen)!;
  return { url, key: chosen, pyodide, timed };
});

/**
 * Opens the page, clicks Run under the example and checks that the page gives what the version
 * matrix found on Pyodide: the documented output, or a note before the run and a differing one.
 */
export async function checkPageRun({ url, key, pyodide, timed }: (typeof pageRuns)[number]): Promise<void> {
  const page = await openPage(url);
  const bar = runBar(page, key);
  const lang = key.split('/')[0] as 'zh' | 'en';
  // Where Pyodide differs from the CPython the page documents, the reader is told before running.
  const note = bar.querySelector('.run-note')?.textContent ?? null;
  expect(note).toBe(pyodide === 'documented' ? null : DICTIONARIES[lang][`run.pyodide.${pyodide}` as 'run.pyodide.differs']);
  const ended = new Promise<RunEnd>((resolve) => bar.addEventListener('run-end', (event) => resolve((event as CustomEvent<RunEnd>).detail), { once: true }));
  const verdict = await run(page, bar);
  expect(verdict, bar.querySelector<HTMLElement>('.run-panel')?.innerText).toBe(pyodide === 'documented' ? 'matches' : 'differs');
  expect(bar.querySelector('.run-status')!.textContent).toContain(DICTIONARIES[lang][pyodide === 'documented' ? 'run.matches' : 'run.differs']);
  // How close a timed run that matches came to its tolerance, for `npm run stress`.
  const end = await ended;
  const margin = end.kind === 'checked' ? timingMargin(unpackExample(packedSpec(bar)), end.run) : null;
  if (timed && verdict === 'matches') expect(margin).not.toBeNull();
  if (margin !== null) await commands.recordPageMargin(`${key} on ${url}`, margin);
}
