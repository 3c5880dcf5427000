/**
 * Off screen, a page skips laying out its examples' code and output (content-visibility: auto), and
 * the side-by-side view its paragraphs and tables too. The box each keeps meanwhile is checked
 * against the one it gets when drawn.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { closePages, openPage, type OpenPage } from './harness.ts';

afterEach(closePages);

const isSkipped = (block: Element) => block.firstElementChild !== null && !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true });

const nextFrame = (page: OpenPage) =>
  new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));

interface Sizes {
  block: HTMLElement;
  kept: number;
  drawn: number;
}

/** The blocks that are skipped once the page has loaded, each with its height then and once drawn. */
async function keptAndDrawn(page: OpenPage, selector: string): Promise<Sizes[]> {
  const skipped = [...page.document.querySelectorAll<HTMLElement>(selector)].filter(isSkipped);
  // clientHeight leaves out a sideways scrollbar: a block cannot know it will need one.
  const kept = skipped.map((block) => block.clientHeight);
  const drawAll = page.document.createElement('style');
  drawAll.textContent = `${selector} { content-visibility: visible !important; }`;
  page.document.head.append(drawAll);
  await nextFrame(page);
  return skipped.map((block, i) => ({ block, kept: kept[i]!, drawn: block.clientHeight }));
}

const lineHeight = (element: Element) => parseFloat(getComputedStyle(element).lineHeight);

describe.each([
  ['wide', { width: 1280, height: 900 }],
  ['phone', { width: 390, height: 844 }],
])('what is laid out only near the screen (%s)', (_, size) => {
  test('an example’s code and output keep their exact height while skipped', async () => {
    const page = await openPage('/zh/compare/asyncio/', size);
    const sizes = await keptAndDrawn(page, '.example-code pre, pre.output');
    expect(sizes.length).toBeGreaterThan(100);
    const moved = sizes.filter(({ kept, drawn }) => Math.abs(kept - drawn) > 0.5);
    expect(moved.map(({ block, kept, drawn }) => `${block.closest('figure')!.id}: ${kept} → ${drawn}`)).toEqual([]);
  });

  // A paragraph's box comes from the width of its text in em, so words that do not fill their
  // lines, bold and inline code make it a line or two off.
  test('a paragraph of the side-by-side view keeps its height give or take two lines', async () => {
    const page = await openPage('/en/compare/asyncio/', size);
    const sizes = await keptAndDrawn(page, '.compare-cell > p');
    expect(sizes.length).toBeGreaterThan(100);
    const off = sizes.filter(({ block, kept, drawn }) => Math.abs(kept - drawn) > 2 * lineHeight(block) + 0.5);
    expect(off.map(({ block, kept, drawn }) => `${block.textContent!.slice(0, 40)}…: ${kept} → ${drawn}`)).toEqual([]);
  });

  // Too short a box would let a table spill over what follows while it is measured off screen, so
  // the estimate errs on the tall side: most when a wide screen sets every row on one line.
  test('a table of the side-by-side view keeps at least its height, and at most two and a half times it', async () => {
    const page = await openPage('/en/compare/asyncio/', size);
    const sizes = await keptAndDrawn(page, '.compare-cell > table');
    expect(sizes.length).toBeGreaterThan(5);
    const off = sizes.filter(({ kept, drawn }) => kept < drawn - 0.5 || kept > 2.5 * drawn);
    expect(off.map(({ block, kept, drawn }) => `${block.textContent!.slice(0, 40)}…: ${kept} → ${drawn}`)).toEqual([]);
  });
});

// A table that scrolls sideways must take keyboard focus (scripts/copy-code.ts). Off screen it
// cannot be measured, so it takes focus until it is drawn.
test('a table of the side-by-side view takes keyboard focus once drawn only if it scrolls sideways', async () => {
  const page = await openPage('/en/compare/asyncio/', { width: 390, height: 844 });
  const tables = [...page.document.querySelectorAll<HTMLElement>('.compare-cell > table')];
  expect(tables.filter(isSkipped).map((table) => table.tabIndex)).toEqual(tables.filter(isSkipped).map(() => 0));
  const scrolls: boolean[] = [];
  for (const table of tables) {
    table.scrollIntoView({ block: 'center' });
    await nextFrame(page);
    scrolls.push(table.scrollWidth > table.clientWidth + 1);
    expect(table.tabIndex, table.textContent!.slice(0, 40)).toBe(scrolls.at(-1) ? 0 : -1);
  }
  expect(scrolls.filter(Boolean).length).toBeGreaterThan(0);
  expect(scrolls.filter((scroll) => !scroll).length).toBeGreaterThan(0);
});
