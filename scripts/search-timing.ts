/**
 * node scripts/search-timing.ts [--dist dist] [--runs 5] [--port 4418] [--out FILE]
 * Time to results on a cold page: serves a built site (run `npm run build` first) as serve-dist.ts does, and for each query opens
 * a page in a fresh browser context (an empty cache, so Pagefind and its index come from the server), clicks
 * the search button as a reader does and types the query one key at a time. It measures in the page, with
 * its own clock, from the last keystroke to the first frame that shows the results. Prints each query's
 * median and the median over all of them. `npm run bench -- search` runs it as a stage.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright';
import { serveDist } from './serve-dist.ts';
import { median } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');

/** Queries a reader types, on a page of each language: glossary terms, a cross-language one, an API name. */
const QUERIES: Array<{ page: string; query: string }> = [
  { page: '/zh/threads/', query: '死锁' },
  { page: '/zh/threads/', query: '回调' },
  { page: '/zh/mutex/', query: '全局解释器锁' },
  { page: '/en/threads/', query: 'deadlock' },
  { page: '/en/asyncio/', query: 'gather' },
  { page: '/en/deadlock/', query: 'GIL' },
];

/** Milliseconds from the last keystroke's input event to the first frame that shows a result. */
async function timeQuery(browser: import('playwright').Browser, url: string, query: string): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    // Marks taken in the page: each input event, and the first frame after the list gets results once
    // the last key is in (a MutationObserver, then requestAnimationFrame for the paint). The search never
    // shows an answer to an earlier query after an input, so a list changed after the last key is its answer.
    await page.evaluate(() => {
      const marks = { lastInput: 0, shown: 0 };
      (window as unknown as { searchMarks: typeof marks }).searchMarks = marks;
      document.querySelector('[data-search-input]')!.addEventListener('input', () => {
        marks.lastInput = performance.now();
        marks.shown = 0;
      }, { capture: true });
      const results = document.querySelector('[data-search-results]')!;
      new MutationObserver(() => {
        const changed = performance.now();
        if (results.querySelector('a.search-hit')) requestAnimationFrame(() => { if (changed >= marks.lastInput) marks.shown ||= performance.now(); });
      }).observe(results, { childList: true, subtree: true });
    });
    await page.locator('[data-search-open]').first().click();
    await page.keyboard.type(query, { delay: 60 });
    await page.waitForFunction(() => (window as unknown as { searchMarks: { shown: number } }).searchMarks.shown > 0, undefined, { timeout: 30_000 });
    const marks = await page.evaluate(() => (window as unknown as { searchMarks: { lastInput: number; shown: number } }).searchMarks);
    return marks.shown - marks.lastInput;
  } finally {
    await context.close();
  }
}

export async function searchTimings(dist: string, port: number, runs: number) {
  const { origin, close } = await serveDist(dist, port);
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' });
  const rows: Array<{ page: string; query: string; medianMs: number; ms: number[] }> = [];
  try {
    for (const { page, query } of QUERIES) {
      const ms: number[] = [];
      for (let run = 0; run < runs; run++) ms.push(Math.round(await timeQuery(browser, origin + page, query)));
      rows.push({ page, query, medianMs: median(ms), ms });
      console.log(`${`${page} “${query}”`.padEnd(34)} ${String(median(ms)).padStart(4)} ms after the last key   (cold pages: ${ms.join(', ')} ms)`);
    }
  } finally {
    await browser.close();
    close();
  }
  const all = rows.flatMap((row) => row.ms);
  console.log(`time to results on a cold page: median ${median(all)} ms over ${all.length} runs, slowest ${Math.max(...all)} ms`);
  return { runs, medianMs: median(all), slowestMs: Math.max(...all), queries: rows };
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(ROOT, 'dist') }, runs: { type: 'string', default: '5' }, port: { type: 'string', default: '4418' }, out: { type: 'string' } } });
  const result = await searchTimings(path.resolve(values.dist), Number(values.port), Number(values.runs));
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
}
