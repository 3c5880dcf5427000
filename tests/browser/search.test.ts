/**
 * Search, as a reader uses it: from the keyboard, in either language, across languages, landing on
 * the section (anchor) about the term. Expected sections come from the built pages’ headings and the glossary’s `taught` lists; a
 * query that no heading or chapter title names any more fails, saying so, rather than passing unchecked.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { GLOSSARY } from '../../content/glossary.ts';
import { namesOf } from '../../site/lib/glossary.ts';
import { closePages, nextLoad, openPage, placesNaming, pressKeys, searchResults, site, sitePathOf, type OpenPage } from './harness.ts';

afterEach(closePages);


async function search(page: OpenPage, query: string): Promise<HTMLAnchorElement[]> {
  await pressKeys(page, '/');
  await page.locator.getByRole('searchbox').fill(query);
  return searchResults(page);
}

const LANGUAGE = { zh: 'Chinese', en: 'English' } as const;

/** Where the glossary says the entry named by a term is taught, on the built pages of that language (none without an entry). */
function placesTaught(lang: 'zh' | 'en', term: string): string[] {
  const entry = GLOSSARY.find((candidate) => [...namesOf(candidate, 'zh'), ...namesOf(candidate, 'en')].some((name) => name.toLowerCase() === term.toLowerCase()));
  const built = new Set([...site.chapters[lang].map((chapter) => chapter.url), ...site.sections.filter((section) => section.lang === lang).map((section) => `${section.url}#${section.id}`)]);
  return (entry?.taught ?? []).map((target) => target.replace(/^([^#]+)/, `/${lang}/$1/`)).filter((url) => built.has(url));
}

/**
 * The sections and chapters about a term: those named after it, and those the glossary says teach it.
 * Some heading or chapter title must name it for the check about it to mean anything.
 */
function placesAbout(lang: 'zh' | 'en', term: string): string[] {
  const named = placesNaming(lang, term);
  expect(named, `no ${LANGUAGE[lang]} heading or chapter title names “${term}”`).not.toEqual([]);
  return [...named, ...placesTaught(lang, term)];
}

describe('searching in the page’s own language', () => {
  const queries = [
    ['zh', '互斥锁'],
    ['zh', '死锁'],
    ['zh', '协程'],
    ['zh', '事件循环'],
    ['en', 'mutex'],
    ['en', 'deadlock'],
    ['en', 'event loop'],
    ['en', 'yield from'],
  ] as const;

  for (const [lang, query] of queries) {
    test(`“${query}” on a ${LANGUAGE[lang]} page, then Enter, opens a ${LANGUAGE[lang]} section (or chapter) named after it or taught there`, async () => {
      const targets = placesAbout(lang, query);
      const page = await openPage(`/${lang}/`);
      const hits = await search(page, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(targets).toContain(sitePathOf(hits[0]!));
      const loaded = nextLoad(page.frame);
      await userEvent.keyboard('{Enter}');
      await loaded;
      expect(targets).toContain(page.where);
    });
  }
});

describe('searching across languages', () => {
  const crossings = [
    ['zh', 'deadlock', '死锁'],
    ['zh', 'mutex', '互斥锁'],
    ['zh', 'coroutine', '协程'],
    ['en', '死锁', 'deadlock'],
    ['en', '协程', 'coroutine'],
  ] as const;

  for (const [lang, query, translation] of crossings) {
    test(`“${query}” on a ${LANGUAGE[lang]} page first offers a ${LANGUAGE[lang]} section (or chapter) named after “${translation}” or taught there`, async () => {
      const targets = placesAbout(lang, translation);
      const page = await openPage(`/${lang}/`);
      const hits = await search(page, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(targets).toContain(sitePathOf(hits[0]!));
    });
  }

  test('one search shows results from both languages, each group in its own language', async () => {
    const page = await openPage('/zh/');
    const hits = await search(page, 'deadlock');
    const languages = new Set(hits.map((hit) => sitePathOf(hit).split('/')[1]));
    expect([...languages].sort()).toEqual(['en', 'zh']);
    const groups = [...page.document.querySelectorAll<HTMLElement>('.search-group')];
    expect(groups.map((group) => group.lang)).toEqual(['zh-CN', 'en']);
    for (const group of groups)
      for (const hit of group.querySelectorAll<HTMLAnchorElement>('a.search-hit'))
        expect(sitePathOf(hit).startsWith(`/${group.dataset['searchLang']}/`)).toBe(true);
  });
});

describe('a query for a concept lands where it is taught, not where it is mentioned', () => {
  const queries = [
    ['zh', '回调'],
    ['zh', '全局解释器锁'],
    ['en', 'GIL'],
    ['en', 'deadlock'],
    ['zh', '死锁'],
  ] as const;

  for (const [lang, query] of queries) {
    test(`“${query}” on a ${LANGUAGE[lang]} page first offers a place the glossary says teaches it`, async () => {
      const targets = placesTaught(lang, query);
      expect(targets, `the glossary lists no built ${LANGUAGE[lang]} place that teaches “${query}”`).not.toEqual([]);
      const page = await openPage(`/${lang}/`);
      const hits = await search(page, query);
      expect(hits.length).toBeGreaterThan(0);
      expect(targets).toContain(sitePathOf(hits[0]!));
    });
  }
});

describe('the search box from the keyboard', () => {
  test('“/” opens the search box with the cursor in it', async () => {
    const page = await openPage('/en/threads/');
    await pressKeys(page, '/');
    expect(page.document.querySelector('dialog[data-search-dialog]')?.hasAttribute('open')).toBe(true);
    expect(page.document.activeElement?.matches('[data-search-input]')).toBe(true);
  });

  test('Ctrl+K opens the search box', async () => {
    const page = await openPage('/zh/threads/');
    await pressKeys(page, '{Control>}k{/Control}');
    expect(page.document.querySelector('dialog[data-search-dialog]')?.hasAttribute('open')).toBe(true);
    expect(page.document.activeElement?.matches('[data-search-input]')).toBe(true);
  });

  test('the search button in the header opens it too', async () => {
    const page = await openPage('/en/');
    await page.locator.getByRole('button', { name: 'Search', exact: true }).click();
    expect(page.document.querySelector('dialog[data-search-dialog]')?.hasAttribute('open')).toBe(true);
  });

  test('arrow keys move through the results and Enter opens the chosen one', async () => {
    const page = await openPage('/en/');
    const hits = await search(page, 'thread');
    expect(hits.length).toBeGreaterThan(2);
    await userEvent.keyboard('{ArrowDown}');
    expect(page.document.activeElement).toBe(hits[0]);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowUp}');
    expect(page.document.activeElement).toBe(hits[1]);
    const chosen = sitePathOf(hits[1]!);
    const loaded = nextLoad(page.frame);
    await userEvent.keyboard('{Enter}');
    await loaded;
    expect(page.where).toBe(chosen);
  });

  test('Escape closes the search box', async () => {
    const page = await openPage('/en/threads/');
    await search(page, 'join');
    await userEvent.keyboard('{Escape}');
    expect(page.document.querySelector('dialog[data-search-dialog]')?.hasAttribute('open')).toBe(false);
  });
});

describe('what the index holds', () => {
  const words = site.exampleOnlyWords;
  test(`example code and output are not indexed: no result shows ${words.join(', ')}`, async () => {
    expect(words, 'the built pages have no word that appears only in example code or output').not.toEqual([]);
    const page = await openPage('/en/');
    for (const word of words) {
      const hits = await search(page, word);
      const excerpts = hits.map((hit) => hit.textContent ?? '').filter((text) => text.toLowerCase().includes(word.toLowerCase()));
      expect(excerpts, word).toEqual([]);
      await userEvent.keyboard('{Escape}');
    }
  });

  test('a result links to the section’s anchor, and the anchor exists on that page', async () => {
    const page = await openPage('/zh/');
    const hits = await search(page, '线程');
    const anchored = hits.filter((hit) => hit.hash.length > 1);
    expect(anchored.length).toBeGreaterThan(0);
    const known = new Set(site.sections.map((section) => `${section.url}#${section.id}`));
    for (const hit of anchored) if (!hit.pathname.endsWith('/glossary/')) expect(known).toContain(sitePathOf(hit));
  });
});
