/** Timelines are built into the page but made into elements only near the viewport, or for printing. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { closePages, openPage, showDeferred } from './harness.ts';

afterEach(() => closePages());

const deferred = (document: Document) => [...document.querySelectorAll<HTMLElement>('deferred-content')];

describe.each([
  ['wide', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('deferred timelines (%s)', (_, size) => {
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
    showDeferred(page);
    const figures = page.document.querySelectorAll('deferred-content > figure.timeline');
    expect(figures.length).toBe(deferred(page.document).length);
    expect(figures.length).toBeGreaterThan(20);
  });
});
