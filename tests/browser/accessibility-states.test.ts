/** axe-core on what only appears on use: the open search with results, the phone layout and its open menu. */
import { afterEach, describe, expect, test } from 'vitest';
import { commands } from 'vitest/browser';
import { axeOn, axeViolations } from './axe.ts';
import { closePages, openPage, pressKeys, SCREENS, searchResults, showDeferred, site } from './harness.ts';

afterEach(async () => {
  closePages();
  await commands.emulateColorScheme(null);
});

const phone = SCREENS.phone;

describe('axe on the open search', () => {
  for (const [lang, query] of [['zh', 'deadlock'], ['en', '死锁']] as const) {
    for (const theme of ['light', 'dark'] as const) {
      test(`finds no violations in the ${lang} search dialog showing results for “${query}” (${theme})`, async () => {
        await commands.emulateColorScheme(theme);
        const page = await openPage(`/${lang}/`);
        await pressKeys(page, '/');
        await page.locator.getByRole('searchbox').fill(query);
        expect((await searchResults(page)).length).toBeGreaterThan(0);
        expect(await axeOn(page)).toEqual([]);
      });
    }
  }
});

describe('axe at phone size (390×844)', () => {
  const pages = ['/', ...(['zh', 'en'] as const).flatMap((lang) => [`/${lang}/`, site.chapters[lang][0]!.url, `/${lang}/glossary/`, `/${lang}/compare/${site.chapters[lang][0]!.slug}/`])];
  for (const url of pages) {
    test(`finds no violations on ${url}`, async () => {
      expect(await axeViolations(url, 'light', phone)).toEqual([]);
    });
  }

  test('finds no violations with the chapter menu open', async () => {
    await commands.emulateColorScheme('light');
    const page = await openPage(site.chapters.zh[0]!.url, phone);
    await page.locator.getByRole('button', { name: '打开目录' }).click();
    expect(await axeOn(page)).toEqual([]);
  });
});

describe('axe on timelines with their tables open', () => {
  for (const lang of ['zh', 'en'] as const) {
    test(`finds no violations on the ${lang} deadlock page with every timeline's table open`, async () => {
      await commands.emulateColorScheme('dark');
      const page = await openPage(`/${lang}/deadlock/`);
      await showDeferred(page);
      const tables = [...page.document.querySelectorAll<HTMLDetailsElement>('figure.timeline details')];
      expect(tables.length).toBeGreaterThan(0);
      for (const table of tables) table.open = true;
      expect(await axeOn(page)).toEqual([]);
    });
  }
});
