/** Offline: reading, searching and switching pages asks nothing of any host but the site's own. */
import { expect, test } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { closePages, openPage, pressKeys, searchResults, site } from './harness.ts';

test('pages, search (index, WebAssembly, worker) and the side-by-side view request only this site', async () => {
  await commands.startRecordingRequests();
  try {
    for (const url of ['/', '/zh/', site.chapters.zh[0]!.url, '/en/glossary/', `/en/compare/${site.chapters.en[0]!.slug}/`]) {
      await openPage(url);
      closePages();
    }
    const page = await openPage(site.chapters.en[0]!.url);
    await pressKeys(page, '/');
    await page.locator.getByRole('searchbox').fill('死锁');
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    await userEvent.keyboard('{Escape}');
    await page.locator.getByRole('button', { name: 'Dark mode' }).click();
  } finally {
    closePages();
    localStorage.removeItem('theme');
    const urls = await commands.stopRecordingRequests();
    const pageRequests = urls.filter((url) => /\/(zh|en|pagefind|_astro)\//.test(new URL(url).pathname));
    expect(pageRequests.length).toBeGreaterThan(5);
    expect(pageRequests.some((url) => url.includes('/pagefind/'))).toBe(true);
    const foreign = urls.filter((url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== location.origin);
    expect(foreign).toEqual([]);
  }
});
