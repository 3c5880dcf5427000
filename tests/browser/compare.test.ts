/** Side-by-side reading: both languages of a chapter, section next to section. */
import { afterEach, describe, expect, test } from 'vitest';
import { closePages, nextLoad, openPage, site } from './harness.ts';

afterEach(closePages);

const twins = site.chapters.zh.filter((chapter) => site.chapters.en.some((other) => other.slug === chapter.slug));

test('every chapter has a side-by-side view to check', () => {
  // The tests below loop over these pairs: none would leave them all out, unnoticed.
  expect(twins.map((chapter) => chapter.slug)).toEqual(site.chapters.en.map((chapter) => chapter.slug));
});

describe('the side-by-side view', () => {
  test('is linked from each chapter', async () => {
    const chapter = site.chapters.zh[0]!;
    const page = await openPage(chapter.url);
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('link', { name: '中英对照阅读' }).click();
    await loaded;
    expect(page.where).toBe(`/zh/compare/${chapter.slug}/`);
  });

  for (const chapter of twins) {
    test(`pairs every section of “${chapter.slug}” with its translation, by shared id`, async () => {
      const page = await openPage(`/en/compare/${chapter.slug}/`);
      const rows = [...page.document.querySelectorAll<HTMLElement>('.compare-row[data-section]')];
      const ids = site.sections.filter((section) => section.url === `/en/${chapter.slug}/`).map((section) => section.id);
      // Sections to pair, so that the rows checked below are more than the introduction.
      expect(ids.length).toBeGreaterThan(0);
      expect(rows.map((row) => row.id).filter((id) => id !== 'page-introduction')).toEqual(ids);
      for (const row of rows) {
        const [left, right] = [...row.querySelectorAll<HTMLElement>(':scope > .compare-cell')];
        expect(left!.lang).toBe('en');
        expect(right!.lang).toBe('zh-CN');
        if (row.id === 'page-introduction') continue;
        expect(left!.querySelector(':is(h2, h3, h4)')?.id, row.id).toBe(`en-${row.id}`);
        expect(right!.querySelector(':is(h2, h3, h4)')?.id, row.id).toBe(`zh-${row.id}`);
      }
      const all = [...page.document.querySelectorAll('[id]')].map((element) => element.id);
      expect(all.length).toBe(new Set(all).size);
    });
  }

  test('aligns each pair: both headings of a section start at the same height', async () => {
    const chapter = twins[0]!;
    const page = await openPage(`/zh/compare/${chapter.slug}/`, { width: 1400 });
    const rows = page.document.querySelectorAll<HTMLElement>('.compare-row[data-section]:not(#page-introduction)');
    expect(rows.length).toBe(site.sections.filter((section) => section.url === `/zh/${chapter.slug}/`).length);
    for (const row of rows) {
      const [left, right] = [...row.querySelectorAll(':scope > .compare-cell > :is(h2, h3, h4)')].map((heading) => heading.getBoundingClientRect().top);
      expect(Math.abs(left! - right!), row.id).toBeLessThan(2);
    }
  });

  test('its language switch keeps the section', async () => {
    const chapter = twins[0]!;
    const section = site.sections.filter((candidate) => candidate.url === `/zh/${chapter.slug}/`)[2]!;
    const page = await openPage(`/zh/compare/${chapter.slug}/#${section.id}`);
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('link', { name: 'English', exact: true }).click();
    await loaded;
    expect(page.where).toBe(`/en/compare/${chapter.slug}/#${section.id}`);
  });
});
