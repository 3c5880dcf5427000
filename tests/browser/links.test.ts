/**
 * Every internal link and anchor on every page leads somewhere that exists. Pages are fetched where
 * the server has them, under the base path; a link that leaves it (a root-absolute /zh/) finds nothing.
 */
import { describe, expect, test } from 'vitest';
import { servedUrl, site } from './harness.ts';

const parsed = new Map<string, Promise<Document | null>>();

/** A page of this site at a path on the server, parsed; null if the server does not have it. */
function fetchPage(path: string): Promise<Document | null> {
  let page = parsed.get(path);
  if (!page) {
    page = fetch(path).then(async (response) =>
      response.ok && (response.headers.get('content-type') ?? '').includes('text/html') ? new DOMParser().parseFromString(await response.text(), 'text/html') : null,
    );
    parsed.set(path, page);
  }
  return page;
}

async function exists(path: string): Promise<boolean> {
  if (path.endsWith('/') || path.endsWith('.html')) return (await fetchPage(path)) !== null;
  return (await fetch(path, { method: 'HEAD' })).ok;
}

describe('links', () => {
  for (const url of site.pages) {
    test(`every internal link and anchor on ${url} resolves`, async () => {
      const served = servedUrl(url);
      const document = (await fetchPage(served))!;
      expect(document).not.toBeNull();
      const broken: string[] = [];
      const references = [
        ...[...document.querySelectorAll('a[href]')].map((element) => element.getAttribute('href')!),
        ...[...document.querySelectorAll('link[href]')].map((element) => element.getAttribute('href')!),
        ...[...document.querySelectorAll('script[src]')].map((element) => element.getAttribute('src')!),
      ];
      // Every page has at least the header's links: none found means the page was not read.
      expect(references.length).toBeGreaterThan(0);
      for (const reference of references) {
        const target = new URL(reference, new URL(served, location.origin));
        if (target.protocol === 'data:' || target.origin !== location.origin) continue;
        const path = target.pathname;
        if (!(await exists(path))) {
          broken.push(`${reference} (no such page)`);
          continue;
        }
        const id = decodeURIComponent(target.hash.slice(1));
        if (id === '') continue;
        const page = await fetchPage(path);
        if (!page?.getElementById(id)) broken.push(`${reference} (no #${id} on ${path})`);
      }
      expect(broken).toEqual([]);
    });
  }

  test('every page is reachable from the home pages by following links', async () => {
    const seen = new Set<string>([servedUrl('/')]);
    const queue = [servedUrl('/zh/'), servedUrl('/en/')];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const page = await fetchPage(path);
      for (const link of page?.querySelectorAll('a[href]') ?? []) {
        const target = new URL(link.getAttribute('href')!, new URL(path, location.origin));
        if (target.origin === location.origin && target.pathname.endsWith('/')) queue.push(target.pathname);
      }
    }
    expect(site.pages.filter((page) => !seen.has(servedUrl(page)))).toEqual([]);
  });
});
