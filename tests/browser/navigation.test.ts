/**
 * Finding one's way: the chapter sidebar, previous/next, the on-page contents, permalinks, the
 * language switch that keeps the section, the root language picker, and the phone layout.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { userEvent } from 'vitest/browser';
import { closePages, nextLoad, openPage, SCREENS, site, sitePathOf, type OpenPage } from './harness.ts';

afterEach(closePages);

const LANGS = ['zh', 'en'] as const;

describe('the chapter sidebar', () => {
  for (const lang of LANGS) {
    test(`lists every ${lang} chapter in chapter order, then the glossary, and marks the current page`, async () => {
      const chapters = site.chapters[lang];
      const current = chapters.at(-1)!;
      const page = await openPage(current.url);
      const links = [...page.document.querySelectorAll<HTMLAnchorElement>('.sidebar a')];
      expect(links.map(sitePathOf)).toEqual([...chapters.map((chapter) => chapter.url), `/${lang}/glossary/`, `/${lang}/`]);
      expect(links.map((link) => link.textContent?.replace(/^\s*\d+\s*/, '').trim()).slice(0, chapters.length)).toEqual(chapters.map((chapter) => chapter.title));
      const marked = page.document.querySelectorAll<HTMLAnchorElement>('.sidebar a[aria-current="page"]');
      expect([...marked].map(sitePathOf)).toEqual([current.url]);
    });
  }

  test('a click on a chapter in the sidebar opens it', async () => {
    const [first, second] = site.chapters.en;
    const page = await openPage(first!.url);
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('navigation', { name: 'Chapters' }).getByRole('link', { name: second!.title }).click();
    await loaded;
    expect(page.where).toBe(second!.url);
  });
});

describe('previous and next', () => {
  for (const lang of LANGS) {
    test(`lead through every ${lang} chapter in order and on to the glossary, and back`, async () => {
      const sequence = [...site.chapters[lang].map((chapter) => chapter.url), `/${lang}/glossary/`];
      for (const [i, url] of sequence.entries()) {
        const page = await openPage(url);
        const previous = page.document.querySelector<HTMLAnchorElement>('.prev-next a[rel="prev"]');
        const next = page.document.querySelector<HTMLAnchorElement>('.prev-next a[rel="next"]');
        expect(previous ? sitePathOf(previous) : null, `previous of ${url}`).toBe(sequence[i - 1] ?? null);
        expect(next ? sitePathOf(next) : null, `next of ${url}`).toBe(sequence[i + 1] ?? null);
        closePages();
      }
    });
  }

  test('a click on “Next” opens the next chapter', async () => {
    const [first, second] = site.chapters.zh;
    const page = await openPage(first!.url);
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('link', { name: new RegExp(`下一页.*${second!.title}`) }).click();
    await loaded;
    expect(page.where).toBe(second!.url);
  });
});

describe('the on-page contents', () => {
  test('lists the page’s sections (h2 and h3) and marks the one being read', async () => {
    const chapter = site.chapters.en[0]!;
    const sections = site.sections.filter((section) => section.url === chapter.url && section.depth <= 3);
    const page = await openPage(chapter.url);
    const links = [...page.document.querySelectorAll<HTMLAnchorElement>('nav.toc a')];
    expect(links.map((link) => link.hash.slice(1))).toEqual(sections.map((section) => section.id));
    const third = sections[2]!;
    page.window.location.hash = third.id;
    await expect.poll(() => page.document.querySelector('nav.toc a[aria-current="location"]')?.getAttribute('href')).toBe(`#${third.id}`);
  });
});

describe('permalinks on headings', () => {
  test('every section heading has a link to itself, hidden until hover or focus', async () => {
    const chapter = site.chapters.zh[0]!;
    const page = await openPage(chapter.url);
    const headings = [...page.document.querySelectorAll<HTMLElement>('main :is(h2, h3, h4)[id]')];
    expect(headings.length).toBeGreaterThan(0);
    for (const heading of headings) {
      const anchor = heading.querySelector<HTMLAnchorElement>('a.heading-anchor');
      expect(anchor?.getAttribute('href'), heading.id).toBe(`#${heading.id}`);
      expect(anchor?.getAttribute('aria-label')).toContain(heading.textContent!.trim());
    }
    const anchor = headings[0]!.querySelector<HTMLAnchorElement>('a.heading-anchor')!;
    expect(page.window.getComputedStyle(anchor).opacity).toBe('0');
    anchor.focus();
    await expect.poll(() => page.window.getComputedStyle(anchor).opacity).toBe('1');
  });

  test('following a permalink puts its section at the top, below the header', async () => {
    const chapter = site.chapters.en[0]!;
    const section = site.sections.filter((candidate) => candidate.url === chapter.url)[3]!;
    const page = await openPage(chapter.url);
    await page.locator.getByRole('link', { name: `Link to this section: ${section.text}` }).click();
    expect(page.where).toBe(`${chapter.url}#${section.id}`);
    const header = page.document.querySelector('.site-header')!.getBoundingClientRect();
    const top = page.document.getElementById(section.id)!.getBoundingClientRect().top;
    expect(top).toBeGreaterThanOrEqual(header.bottom - 1);
    expect(top).toBeLessThan(header.bottom + 80);
  });
});

async function clickLanguageSwitch(page: OpenPage, name: string): Promise<void> {
  const loaded = nextLoad(page.frame);
  await page.locator.getByRole('link', { name, exact: true }).click();
  await loaded;
}

describe('the language switch', () => {
  test('on a chapter, goes to the same section in the other language', async () => {
    const chapter = site.chapters.zh[0]!;
    const section = site.sections.filter((candidate) => candidate.url === chapter.url)[4]!;
    const page = await openPage(`${chapter.url}#${section.id}`);
    await clickLanguageSwitch(page, 'English');
    expect(page.where).toBe(`/en/${chapter.slug}/#${section.id}`);
  });

  test('follows the reader’s scrolling: it links to the section at the top of the screen', async () => {
    const chapter = site.chapters.en[1]!;
    const section = site.sections.filter((candidate) => candidate.url === chapter.url)[2]!;
    const page = await openPage(chapter.url);
    page.document.getElementById(section.id)!.scrollIntoView();
    await expect.poll(() => page.document.querySelector<HTMLAnchorElement>('[data-language-switch]')!.hash).toBe(`#${section.id}`);
    await clickLanguageSwitch(page, '中文');
    expect(page.where).toBe(`/zh/${chapter.slug}/#${section.id}`);
  });

  test('from the keyboard (Tab to it, Enter) on the glossary, keeps the term being read', async () => {
    const page = await openPage('/en/glossary/#deadlock');
    const loaded = nextLoad(page.frame);
    page.window.focus();
    page.document.querySelector<HTMLAnchorElement>('[data-language-switch]')!.focus();
    await userEvent.keyboard('{Enter}');
    await loaded;
    expect(page.where).toBe('/zh/glossary/#deadlock');
  });
});

describe('the root page', () => {
  test('lets the reader pick a language', async () => {
    const page = await openPage('/');
    const choices = page.locator.getByRole('navigation', { name: '选择语言 / Choose a language' }).getByRole('link');
    expect(choices.elements().length).toBe(2);
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('link', { name: /English/ }).click();
    await loaded;
    expect(page.where).toBe('/en/');
  });
});

describe('the home page', () => {
  for (const lang of LANGS) {
    test(`in ${lang} lists the chapters in order and says how examples are verified and where the text comes from`, async () => {
      const page = await openPage(`/${lang}/`);
      const titles = [...page.document.querySelectorAll<HTMLAnchorElement>('.home-toc a.home-toc-title')].map(sitePathOf);
      expect(titles).toEqual([...site.chapters[lang].map((chapter) => chapter.url), `/${lang}/glossary/`]);
      const text = page.document.querySelector('main')!.textContent!;
      expect(text).toContain('CPython');
      expect(text).toContain('第十一天 并发编程和异步编程（1）');
      expect(page.document.querySelector('main a[href="https://github.com/coojee2012/LearnPython"]')).not.toBeNull();
      expect(page.document.getElementById('verified')).not.toBeNull();
    });
  }
});

describe('on a phone-sized screen (390×844)', () => {
  const phone = SCREENS.phone;

  test('no page scrolls sideways', async () => {
    const wide: string[] = [];
    for (const url of site.pages) {
      const page = await openPage(url, phone);
      const root = page.document.documentElement;
      if (root.scrollWidth > root.clientWidth) wide.push(`${url} (${root.scrollWidth}px)`);
      closePages();
    }
    expect(wide).toEqual([]);
  });

  test('the chapter list is behind the menu button, which opens and closes it', async () => {
    const chapter = site.chapters.zh[0]!;
    const page = await openPage(chapter.url, phone);
    const sidebar = page.document.getElementById('sidebar')!;
    expect(sidebar.checkVisibility()).toBe(false);
    const menu = page.locator.getByRole('button', { name: '打开目录' });
    await menu.click();
    expect(sidebar.checkVisibility()).toBe(true);
    expect(page.document.querySelector('[data-menu-button]')!.getAttribute('aria-expanded')).toBe('true');
    await userEvent.keyboard('{Escape}');
    expect(sidebar.checkVisibility()).toBe(false);
    await menu.click();
    const second = site.chapters.zh[1]!;
    const loaded = nextLoad(page.frame);
    await page.locator.getByRole('navigation', { name: '章节' }).getByRole('link', { name: second.title }).click();
    await loaded;
    expect(page.where).toBe(second.url);
  });

  test('the on-page contents folds into the top of the page', async () => {
    const page = await openPage(site.chapters.en[0]!.url, phone);
    expect(page.document.querySelector('nav.toc')!.checkVisibility()).toBe(false);
    const folded = page.document.querySelector<HTMLDetailsElement>('details.toc-inline')!;
    expect(folded.checkVisibility()).toBe(true);
    await page.locator.getByText('On this page', { exact: true }).first().click();
    expect(folded.open).toBe(true);
  });
});
