/**
 * Off screen, a page skips laying out its examples' code and output (content-visibility: auto,
 * Example.astro), and the side-by-side view whole rows (SideBySide.astro). The box each keeps
 * meanwhile is checked against the one it gets when drawn, and the rows above what the reader is
 * shown must all be drawn, or what the reader sees would move as they are.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { closePages, nextLoad, openPage, SCREENS, type OpenPage } from './harness.ts';

afterEach(closePages);

const isSkipped = (block: Element) => block.firstElementChild !== null && !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true });

const nextFrame = (page: OpenPage) =>
  new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));

/** Draws whatever matches the selector, skipped or not, and waits for the frame. */
async function drawAll(page: OpenPage, selector: string): Promise<void> {
  const style = page.document.createElement('style');
  style.textContent = `${selector} { content-visibility: visible !important; }`;
  page.document.head.append(style);
  await nextFrame(page);
}

const rowsOf = (page: OpenPage) => [...page.document.querySelectorAll<HTMLElement>('.compare-row')];

/** How far a row is from where a link to it should put it (the page's scroll padding and its margin below the top), or null where the page ends first. */
function landingError(page: OpenPage, row: HTMLElement): number | null {
  const { scrollY, innerHeight } = page.window;
  const root = page.document.documentElement;
  if (scrollY + innerHeight >= root.scrollHeight - 1) return null;
  return row.getBoundingClientRect().top - parseFloat(getComputedStyle(root).scrollPaddingTop) - parseFloat(getComputedStyle(row).scrollMarginTop);
}

describe.each(Object.entries(SCREENS))('laid out only near the screen (%s)', (_, size) => {
  test('an example’s code and output keep their exact height while skipped', async () => {
    const page = await openPage('/zh/compare/asyncio/', size);
    const selector = '.example-code pre, pre.output';
    const skipped = [...page.document.querySelectorAll<HTMLElement>(selector)].filter(isSkipped);
    expect(skipped.length).toBeGreaterThan(100);
    // clientHeight leaves out a sideways scrollbar: a block cannot know it will need one.
    const kept = skipped.map((block) => block.clientHeight);
    await drawAll(page, selector);
    const moved = skipped.flatMap((block, i) => (Math.abs(block.clientHeight - kept[i]!) > 0.5 ? [`${block.closest('figure')!.id}: ${kept[i]} → ${block.clientHeight}`] : []));
    expect(moved).toEqual([]);
  });

  // The estimate only shapes the scroll bar and what lies below the screen; its error is measured
  // here so that it stays small.
  test('a side-by-side view is about as long before its rows are drawn as after', async () => {
    const page = await openPage('/en/compare/asyncio/', size);
    const rows = rowsOf(page);
    expect(rows.filter(isSkipped).length).toBeGreaterThan(10);
    const kept = rows.map((row) => row.getBoundingClientRect().height);
    const length = page.document.documentElement.scrollHeight;
    await drawAll(page, '.compare-row');
    const drawn = rows.map((row) => row.getBoundingClientRect().height);
    expect(page.document.documentElement.scrollHeight / length).toBeGreaterThan(0.9);
    expect(page.document.documentElement.scrollHeight / length).toBeLessThan(1.1);
    const far = rows.flatMap((row, i) => (kept[i]! < drawn[i]! / 2 || kept[i]! > drawn[i]! * 2 ? [`${row.id}: ${kept[i]} → ${drawn[i]}`] : []));
    expect(far).toEqual([]);
  });

  test('a link to any section of a side-by-side view lands it in place, with every row above it drawn', async () => {
    const page = await openPage('/en/compare/asyncio/', size);
    const rows = rowsOf(page);
    const landed: string[] = [];
    // Forward, so that each link passes rows never drawn before.
    for (const [index, row] of rows.entries()) {
      page.window.location.hash = row.id;
      await nextFrame(page);
      const error = landingError(page, row);
      if (error !== null) {
        expect(Math.abs(error), row.id).toBeLessThan(1);
        landed.push(row.id);
      }
      expect(rows.slice(0, index + 1).filter(isSkipped).map((above) => above.id)).toEqual([]);
    }
    expect(landed.length).toBeGreaterThan(10);
  });

  test('a side-by-side view opened at a section lands it in place', async () => {
    const probe = await openPage('/en/compare/asyncio/', size);
    const id = rowsOf(probe).at(-4)!.id;
    const page = await openPage(`/en/compare/asyncio/#${id}`, size);
    await nextFrame(page);
    expect(landingError(page, page.document.getElementById(id)!)).toBeCloseTo(0, 0);
  });
});

test('after a reload every row of a side-by-side view is drawn, so that the restored scroll offset is the same place', async () => {
  const page = await openPage('/en/compare/asyncio/');
  expect(rowsOf(page).filter(isSkipped).length).toBeGreaterThan(10);
  const loaded = nextLoad(page.frame);
  page.window.location.reload();
  await loaded;
  expect(rowsOf(page).filter(isSkipped).map((row) => row.id)).toEqual([]);
});

// A table that scrolls sideways must take keyboard focus (site/scripts/copy-code.ts). Off screen it
// cannot be measured, so it takes focus until it is drawn. (A row the browser has not yet sorted into
// near or far when the script runs counts as drawn, and its tables are measured: on a busy machine
// that can be any row, so what is checked is that no table that scrolls was ever out of reach.)
test('a table of the side-by-side view takes keyboard focus once drawn only if it scrolls sideways, and none that scrolls is out of reach before', async () => {
  const page = await openPage('/en/compare/asyncio/', SCREENS.phone);
  const tables = [...page.document.querySelectorAll<HTMLElement>('.compare-cell table')];
  expect(tables.filter(isSkipped).length).toBeGreaterThan(0);
  const before = tables.map((table) => table.tabIndex);
  const scrolls: boolean[] = [];
  for (const table of tables) {
    table.scrollIntoView({ block: 'center' });
    await nextFrame(page);
    scrolls.push(table.scrollWidth > table.clientWidth + 1);
    expect(table.tabIndex, table.textContent!.slice(0, 40)).toBe(scrolls.at(-1) ? 0 : -1);
  }
  expect(tables.flatMap((table, i) => (scrolls[i] && before[i] !== 0 ? [table.textContent!.slice(0, 40)] : []))).toEqual([]);
  expect(scrolls.filter(Boolean).length).toBeGreaterThan(0);
  expect(scrolls.filter((scroll) => !scroll).length).toBeGreaterThan(0);
});
