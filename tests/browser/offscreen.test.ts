/**
 * Off screen, a page skips laying out its examples' code and output (content-visibility: auto,
 * Example.astro). The box each keeps meanwhile must be the one it gets when drawn, or what the
 * reader sees would move as blocks are drawn.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { closePages, openPage, SCREENS, type OpenPage } from './harness.ts';

afterEach(closePages);

const isSkipped = (block: Element) => block.firstElementChild !== null && !block.firstElementChild.checkVisibility({ contentVisibilityAuto: true });

const nextFrame = (page: OpenPage) =>
  new Promise<void>((resolve) => page.window.requestAnimationFrame(() => page.window.requestAnimationFrame(() => resolve())));

describe.each(Object.entries(SCREENS))('code and output laid out only near the screen (%s)', (_, size) => {
  test('a block keeps its exact height while skipped', async () => {
    const page = await openPage('/zh/compare/asyncio/', size);
    const selector = '.example-code pre, pre.output';
    const skipped = [...page.document.querySelectorAll<HTMLElement>(selector)].filter(isSkipped);
    expect(skipped.length).toBeGreaterThan(100);
    // clientHeight leaves out a sideways scrollbar: a block cannot know it will need one.
    const kept = skipped.map((block) => block.clientHeight);
    const drawAll = page.document.createElement('style');
    drawAll.textContent = `${selector} { content-visibility: visible !important; }`;
    page.document.head.append(drawAll);
    await nextFrame(page);
    const moved = skipped.flatMap((block, i) => (Math.abs(block.clientHeight - kept[i]!) > 0.5 ? [`${block.closest('figure')!.id}: ${kept[i]} → ${block.clientHeight}`] : []));
    expect(moved).toEqual([]);
  });
});
