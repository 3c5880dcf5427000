/**
 * Run, Stop, Edit and Reset under the examples that Pyodide can run, clicked in Chromium: each
 * run is judged in the page by the toolkit's own check (findProblems), so a page that says "matches" has
 * passed the check the tests make. Each run loads a fresh Pyodide (served by the site) in a worker.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { t } from '../../site/lib/i18n.ts';
import { LANGS } from '../../site/lib/lang.ts';
import { unpackExample } from '../../site/lib/literate/in-page.ts';
import { axeOn } from './axe.ts';
import { clickElement, closePages, openPage, site, type OpenPage } from './harness.ts';
import { button, checkPageRun, KINDS, packedSpec, pageRuns, run, RUN_LIMIT, runBar, runnablePages, verdict } from './run-harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

describe('which examples have a Run button', () => {
  test.each(runnablePages)('%s: exactly those that Pyodide runs and that finish', async (url) => {
    const page = await openPage(url);
    const keys = [...page.document.querySelectorAll<HTMLElement>('example-run:not([data-replay])')].map((bar) => `${bar.dataset['lang']}/${bar.closest<HTMLElement>('figure.example')!.dataset['example']}`);
    expect(keys.sort()).toEqual(site.runnable[url]!.map(({ key }) => key).sort());
  });

  test('no page loads Pyodide or the run controller before a reader points at Run', async () => {
    await commands.startRecordingRequests();
    const page = await openPage(runnablePages[0]!);
    // The pointer rests on the (sticky) header, as the page scrolls every Run button past.
    await page.locator.getByRole('banner').hover();
    page.window.scrollTo(0, page.document.body.scrollHeight);
    await new Promise((resolve) => setTimeout(resolve, 500));
    const before = await commands.stopRecordingRequests();
    expect(before.filter((url) => /\/pyodide\/|controller|worker/.test(url))).toEqual([]);
  });

  test('no example that Pyodide can run documents lines in any order (those all start threads), so no such run is left out below', () => {
    // If one appears, add it to the kinds of run below.
    expect(Object.values(site.runnable).flat().filter(({ order }) => order !== 'exact')).toEqual([]);
  });
});

describe('Run, on every page that has runnable examples', () => {
  // Runs whose lines are timed are in run-timed.test.ts, which runs when no other test is using Chromium.
  test.each(pageRuns.filter(({ timed }) => !timed))('$url: $key gives what the version matrix found on Pyodide ($pyodide)', checkPageRun);
});

describe('each kind of check, judged in the page', () => {
  test.each(KINDS)('$kind: $key is that kind of example', async ({ url, key, has }) => {
    const page = await openPage(url);
    expect(has(packedSpec(runBar(page, key)))).toBe(true);
  });

  test.each(KINDS)('$kind: $key is run on its page above', ({ url, key }) => {
    expect(pageRuns).toContainEqual(expect.objectContaining({ url, key }));
  });

  describe('an edit', () => {
    let requests: Promise<void> | undefined;

    test.each(KINDS)('$kind: an edit of $key that prints something else differs, with that line marked and a diff', async ({ url, key }) => {
      requests ??= commands.startRecordingRequests();
      await requests;
      const page = await openPage(url);
      const bar = runBar(page, key);
      await typeCode(page, bar, "print('something else')", 'over the code');
      expect(await run(page, bar)).toBe('differs');
      expect([...bar.querySelectorAll('.run-differs .run-text')].map((line) => line.textContent)).toEqual(['something else']);
      expect([...bar.querySelectorAll('.run-diff-text .diff-added')].map((line) => line.textContent)).toEqual(['+something else\n']);
    });

    test('asked nothing of any host but the site, for any kind', async () => {
      const urls = await commands.stopRecordingRequests();
      expect(urls.filter((url) => url.includes('/pyodide/')).length).toBeGreaterThan(0);
      expect(urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== location.origin)).toEqual([]);
    });
  });
});

/**
 * Types into the example's editor, opening it first, as a reader would: `keys` as userEvent.keyboard
 * takes them ("{Enter}"), over all of the code or before it. CodeMirror indents a line after a
 * colon by itself.
 */
async function typeCode(page: OpenPage, bar: HTMLElement, keys: string, where: 'over the code' | 'before the code'): Promise<void> {
  const figure = bar.closest('figure.example')!;
  if (!figure.querySelector('.cm-content')) await clickElement(page, button(bar, 'edit'));
  // The editor's bundle loads on the first Edit: a wait for it, not a measure of it.
  await vi.waitFor(() => expect(figure.querySelector('.cm-content')).not.toBeNull(), RUN_LIMIT);
  await clickElement(page, figure.querySelector('.cm-content')!);
  await userEvent.keyboard(where === 'over the code' ? '{Control>}a{/Control}{Delete}' : '{Control>}{Home}{/Control}');
  await userEvent.keyboard(keys);
}

describe('Edit, Stop and Reset', () => {
  const key = 'en/yield-from/flatten.py';

  test.each(LANGS)('an edit that changes the output is checked against the page, with the differing line marked, the problem in the page’s language (%s) and a diff', async (lang) => {
    const page = await openPage(`/${lang}/yield-from/`);
    const bar = runBar(page, `${lang}/yield-from/flatten.py`);
    await typeCode(page, bar, "print('one more line'){Enter}", 'before the code');
    expect(await run(page, bar)).toBe('differs');
    expect([...bar.querySelectorAll('.run-differs .run-text')].map((line) => line.textContent)).toEqual(['one more line']);
    const documented = unpackExample(packedSpec(bar)).expected.length;
    expect(bar.querySelector('.run-problems')!.textContent).toBe(t(lang, 'run.problem.lineCount', { printed: documented + 1, documented }));
    expect([...bar.querySelectorAll('.run-diff-text .diff-added')].map((line) => line.textContent)).toEqual(['+one more line\n']);
    expect(bar.querySelectorAll('.run-diff-text .diff-removed')).toHaveLength(0);
  });

  test.each(LANGS)('an edit whose output lacks its last newline is told so under the diff, in the page’s language (%s)', async (lang) => {
    const page = await openPage(`/${lang}/yield-from/`);
    const bar = runBar(page, `${lang}/yield-from/flatten.py`);
    await typeCode(page, bar, "print('no end', end='')", 'over the code');
    expect(await run(page, bar)).toBe('differs');
    expect([...bar.querySelectorAll('.run-diff-text span')].map((line) => line.textContent).slice(-2)).toEqual(['+no end\n', `\\ ${t(lang, 'run.diffNoNewline')}\n`]);
  });

  test('Stop ends a program that never finishes, and the next run starts from a fresh interpreter', async () => {
    const page = await openPage('/en/yield-from/');
    const bar = runBar(page, key);
    await typeCode(page, bar, "import builtins{Enter}builtins.left_behind = True{Enter}print('looping'){Enter}while True:{Enter}pass", 'over the code');
    await clickElement(page, button(bar, 'run'));
    await vi.waitFor(() => expect(bar.querySelector('.run-output')!.textContent).toContain('looping'), RUN_LIMIT);
    await clickElement(page, button(bar, 'stop'));
    expect(await verdict(bar)).toBe('stopped');
    expect(button(bar, 'run')).not.toBeNull();
    await typeCode(page, bar, "import builtins{Enter}print(hasattr(builtins, 'left_behind'))", 'over the code');
    expect(await run(page, bar)).toBe('differs');
    expect([...bar.querySelectorAll('.run-output .run-text')].map((line) => line.textContent)).toEqual(['False']);
  });

  test('Reset puts the example back: its own code, no editor, and a run that matches', async () => {
    const page = await openPage('/en/yield-from/');
    const bar = runBar(page, key);
    const figure = bar.closest('figure.example')!;
    const original = figure.querySelector('.example-code pre')!.textContent!;
    await typeCode(page, bar, "print('changed')", 'over the code');
    await clickElement(page, button(bar, 'reset'));
    expect(figure.querySelector('.cm-editor')).toBeNull();
    expect(figure.querySelector<HTMLElement>('.example-code pre')!.hidden).toBe(false);
    expect(figure.querySelector('.example-code pre')!.textContent).toBe(original);
    expect(await run(page, bar)).toBe('matches');
  });

  test('a run asks nothing of any host but the site, and loads Pyodide from it', async () => {
    await commands.startRecordingRequests();
    try {
      const page = await openPage('/zh/yield-from/');
      expect(await run(page, runBar(page, 'zh/yield-from/flatten.py'))).toBe('matches');
    } finally {
      const urls = await commands.stopRecordingRequests();
      expect(urls.filter((url) => url.includes('/pyodide/')).length).toBeGreaterThanOrEqual(4);
      expect(urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== location.origin)).toEqual([]);
    }
  });
});

describe('axe on the run panels', () => {
  for (const theme of ['light', 'dark'] as const) {
    test(`finds no violations with the editor open, a differing run and its diff, and a stopped run (${theme})`, async () => {
      await commands.emulateColorScheme(theme);
      const page = await openPage('/zh/yield-from/');
      const differing = runBar(page, 'zh/yield-from/flatten.py');
      await typeCode(page, differing, "print('one more line'){Enter}", 'before the code');
      expect(await run(page, differing)).toBe('differs');
      const stopped = runBar(page, 'zh/yield-from/delegating.py');
      await typeCode(page, stopped, 'while True:{Enter}pass', 'over the code');
      await clickElement(page, button(stopped, 'run'));
      await vi.waitFor(() => expect(button(stopped, 'stop')).not.toBeNull(), RUN_LIMIT);
      await clickElement(page, button(stopped, 'stop'));
      expect(await verdict(stopped)).toBe('stopped');
      expect(await axeOn(page)).toEqual([]);
    });
  }
});
