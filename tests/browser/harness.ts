/**
 * Opening the built site's pages inside the test page: each page loads in an <iframe> on the same
 * origin as the tests, so a test can both act like a reader (Playwright clicks and keys through
 * a frame locator) and look inside the page (its window and document). The tests name pages by
 * their path from the site's root ("/zh/threads/"), as site-info.ts does; they are served under the
 * base path (site.base).
 */
import { inject, vi } from 'vitest';
import { page, userEvent, type FrameLocator } from 'vitest/browser';

export const site = inject('site');

/** The two screens the tests look at pages on: a laptop's and a phone's. */
export const SCREENS = {
  wide: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/** Where the server has a page of the site: "/zh/threads/" is "/py-concurrency/zh/threads/". */
export const servedUrl = (path: string) => `${site.base}${path.replace(/^\//, '')}`;

/** A link or location as a path from the site's root, with its hash ("/zh/threads/#thread-api"); one outside the base path is an error. */
export function sitePathOf({ pathname, hash }: { pathname: string; hash: string }): string {
  if (!pathname.startsWith(site.base)) throw new Error(`${pathname} is outside the site's base path ${site.base}`);
  return decodeURI(`/${pathname.slice(site.base.length)}${hash}`);
}

export interface OpenPage {
  frame: HTMLIFrameElement;
  readonly window: Window & typeof globalThis;
  readonly document: Document;
  /** Playwright locators inside the frame. */
  locator: FrameLocator;
  /** Path (from the site's root) and hash of the page now shown, e.g. "/zh/threads/#thread-api". */
  readonly where: string;
}

let opened = 0;

/** Resolves when the frame has loaded its next document. */
export const nextLoad = (frame: HTMLIFrameElement) =>
  new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));

export async function openPage(url: string, size: { width?: number; height?: number } = {}): Promise<OpenPage> {
  const frame = document.createElement('iframe');
  frame.dataset['testid'] = `site-frame-${++opened}`;
  frame.title = url;
  const { width, height } = { ...SCREENS.wide, ...size };
  frame.style.cssText = `display:block;border:0;width:${width}px;height:${height}px`;
  const loaded = nextLoad(frame);
  frame.src = servedUrl(url);
  document.body.append(frame);
  await loaded;
  return {
    frame,
    get window() {
      return frame.contentWindow as Window & typeof globalThis;
    },
    get document() {
      return frame.contentDocument!;
    },
    locator: page.frameLocator(page.elementLocator(frame)),
    get where() {
      return sitePathOf(frame.contentWindow!.location);
    },
  };
}

/**
 * Makes every deferred part of the page (the timelines, site/components/Deferred.astro) into
 * elements, as the page does before it is printed, so that a check sees all of the page; waits
 * for those that are fetched.
 */
export async function showDeferred(site: OpenPage): Promise<void> {
  site.window.dispatchEvent(new site.window.Event('beforeprint'));
  const parts = [...site.document.querySelectorAll<HTMLElement & { show(): Promise<void> }>('deferred-content')];
  await Promise.all(parts.map((part) => part.show()));
  if (site.document.querySelector('deferred-content > noscript')) throw new Error(`${site.where}: some deferred content was not shown`);
}

let clicked = 0;

/** Clicks an element of the page as a reader would: a real click, through Playwright. */
export async function clickElement(page: OpenPage, target: Element): Promise<void> {
  const id = `clicked-${++clicked}`;
  (target as HTMLElement).dataset['testid'] = id;
  await page.locator.getByTestId(id).click();
}

/** Removes every page a test opened. */
export function closePages(): void {
  for (const frame of document.querySelectorAll('iframe[data-testid^="site-frame-"]')) frame.remove();
}

/** Gives the page keyboard focus, as a reader's click on it would, then presses keys. */
export async function pressKeys(site: OpenPage, keys: string): Promise<void> {
  site.window.focus();
  await userEvent.keyboard(keys);
}

/** Waits until the search has shown its results (or said there are none). */
export async function searchResults(site: OpenPage): Promise<HTMLAnchorElement[]> {
  const status = () => site.document.querySelector('[data-search-status]')?.textContent ?? '';
  await vi.waitFor(
    () => {
      const text = status();
      if (text === '' || /正在搜索|Searching/.test(text)) throw new Error(`search still running: "${text}"`);
    },
    { timeout: 10_000, interval: 50 },
  );
  return [...site.document.querySelectorAll<HTMLAnchorElement>('a.search-hit')];
}

/**
 * Where a search for a term should land, as "path#id" or "path": the sections of that language
 * whose heading names the term (case-insensitively), and the top of the chapters named after it.
 */
export function placesNaming(lang: 'zh' | 'en', term: string): string[] {
  const wanted = term.toLowerCase();
  return [
    ...site.sections.filter((section) => section.lang === lang && section.text.toLowerCase().includes(wanted)).map((section) => `${section.url}#${section.id}`),
    ...site.chapters[lang].filter((chapter) => chapter.title.toLowerCase().includes(wanted)).map((chapter) => chapter.url),
  ];
}
