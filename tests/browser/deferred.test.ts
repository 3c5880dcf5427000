/** Timelines are built into the page but made into elements only near the viewport, or for printing. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { closePages, openPage, SCREENS, showDeferred, sitePathOf } from './harness.ts';

afterEach(() => closePages());

const deferred = (document: Document) => [...document.querySelectorAll<HTMLElement>('deferred-content')];

describe.each(Object.entries(SCREENS))('deferred timelines (%s)', (_, size) => {
  test('a timeline far below the first screen is still markup when the page has loaded', async () => {
    const page = await openPage('/en/asyncio/', size);
    const last = deferred(page.document).at(-1)!;
    expect(last.querySelector(':scope > noscript')).not.toBeNull();
    expect(last.querySelector('figure.timeline')).toBeNull();
  });

  // The box is kept from the picture's shape and a line or two of caption; fonts and a phone's
  // sideways scrollbar make the figure up to about two lines taller or shorter. Made a screen and a
  // half ahead, and with the browser's scroll anchoring, that never moves what the reader sees.
  test('a timeline is made when it nears the viewport, in the box kept for it give or take two lines', async () => {
    const page = await openPage('/en/asyncio/', size);
    const shifts: number[] = [];
    for (const element of deferred(page.document).slice(-6)) {
      const kept = element.getBoundingClientRect().height;
      element.scrollIntoView({ block: 'center' });
      await vi.waitFor(() => expect(element.querySelector('figure.timeline svg')).not.toBeNull());
      shifts.push(Math.round(element.getBoundingClientRect().height - kept));
    }
    expect(shifts.filter((shift) => Math.abs(shift) > 32)).toEqual([]);
  });

  test('every timeline is made before the page is printed', async () => {
    const page = await openPage('/zh/asyncio/', size);
    await showDeferred(page);
    const figures = page.document.querySelectorAll('deferred-content > figure.timeline');
    expect(figures.length).toBe(deferred(page.document).length);
    expect(figures.length).toBeGreaterThan(20);
  });
});

// The side-by-side view keeps its timelines out of the page and fetches each one as a page part.
describe('timelines of the side-by-side view', () => {
  test('a timeline far below the first screen is neither markup nor elements when the page has loaded', async () => {
    const page = await openPage('/en/compare/asyncio/');
    const last = deferred(page.document).at(-1)!;
    expect(sitePathOf(new URL(last.dataset['from']!, page.window.location.href))).toMatch(/^\/timelines\/(en|zh)\/asyncio\/[\w-]+\/$/);
    expect(last.querySelector('figure.timeline')).toBeNull();
    expect(last.querySelector(':scope > noscript')?.textContent).not.toContain('<svg');
  });

  test('a timeline is fetched and made when it nears the viewport', async () => {
    const page = await openPage('/zh/compare/asyncio/');
    const last = deferred(page.document).at(-1)!;
    last.scrollIntoView({ block: 'center' });
    await vi.waitFor(() => expect(last.querySelector(':scope > figure.timeline svg')).not.toBeNull());
    expect(last.querySelector(':scope > noscript')).toBeNull();
  });

  // Printing cannot wait for a fetch, so the parts are fetched once the page is idle after loading.
  test('once the page is idle after loading, printing finds every timeline at hand', async () => {
    const page = await openPage('/en/compare/asyncio/');
    const parts = deferred(page.document);
    expect(parts.length).toBeGreaterThan(40);
    await vi.waitFor(
      () => {
        page.window.dispatchEvent(new page.window.Event('beforeprint'));
        expect(page.document.querySelectorAll('deferred-content > figure.timeline svg').length).toBe(parts.length);
      },
      { timeout: 15_000, interval: 100 },
    );
  });
});
