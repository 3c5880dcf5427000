/**
 * node scripts/run-timing.ts [--dist dist] [--runs 3] [--port 4419] [--out FILE]
 * How long the Run button takes to show a program's first line, in Chromium, on a built site served
 * as serve-dist.ts serves it (run `npm run build` first). Each repetition starts from a fresh browser
 * profile (an empty cache) and times, with the page's own clock, from the click to the first frame
 * that shows an output line: a cold run, a second run on the same page, and a run after a reload.
 * It also counts the bytes the page loaded before the first Run and those the first Run loaded.
 * `npm run bench -- Run` runs it as a stage.
 */
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright';
import { serveDist } from './serve-dist.ts';
import { median } from './stats.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
/** A short example that Pyodide runs as documented (yield-from/flatten.py). */
const PAGE = '/en/yield-from/';
const EXAMPLE = 'yield-from/flatten.py';

/** Milliseconds from a click on the example's Run to the first frame that shows one of its output lines. */
async function timeRun(page: Page): Promise<number> {
  const bar = page.locator(`figure.example[data-example="${EXAMPLE}"] example-run`);
  await page.evaluate((example) => {
    const host = document.querySelector(`figure.example[data-example="${example}"] example-run`)!;
    const marks = { clicked: 0, shown: 0 };
    (window as unknown as { runMarks: typeof marks }).runMarks = marks;
    host.querySelector('button[data-action="run"]')!.addEventListener('click', () => (marks.clicked = performance.now()), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (marks.clicked && host.querySelector('.run-line')) {
        observer.disconnect();
        requestAnimationFrame(() => (marks.shown = performance.now()));
      }
    });
    observer.observe(host, { childList: true, subtree: true });
  }, EXAMPLE);
  await bar.locator('button[data-action="run"]').click();
  await page.waitForFunction(() => (window as unknown as { runMarks: { shown: number } }).runMarks.shown > 0, undefined, { timeout: 120_000 });
  await bar.locator('.run-status[data-verdict]').waitFor({ timeout: 120_000 });
  const verdict = await bar.locator('.run-status').getAttribute('data-verdict');
  if (verdict !== 'matches') throw new Error(`${PAGE} ${EXAMPLE}: the run ended "${verdict}", not "matches"`);
  const marks = await page.evaluate(() => (window as unknown as { runMarks: { clicked: number; shown: number } }).runMarks);
  return marks.shown - marks.clicked;
}

export async function runTimings(dist: string, port: number, runs: number) {
  const { origin, close } = await serveDist(dist, port);
  const browser = await chromium.launch({ executablePath: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' });
  const rows: Array<{ cold: number; second: number; afterReload: number; bytesBefore: number; bytesOfFirstRun: number }> = [];
  try {
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      try {
        const page = await context.newPage();
        let bytes = 0;
        page.on('requestfinished', (request) => void request.sizes().then((sizes) => (bytes += sizes.responseBodySize + sizes.responseHeadersSize), () => {}));
        await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
        const bytesBefore = bytes;
        const cold = await timeRun(page);
        await page.waitForLoadState('networkidle');
        const bytesOfFirstRun = bytes - bytesBefore;
        const second = await timeRun(page);
        await page.reload({ waitUntil: 'load' });
        const afterReload = await timeRun(page);
        rows.push({ cold: Math.round(cold), second: Math.round(second), afterReload: Math.round(afterReload), bytesBefore, bytesOfFirstRun });
        console.log(`run ${run + 1}: cold ${Math.round(cold)} ms, second ${Math.round(second)} ms, after a reload ${Math.round(afterReload)} ms; ${(bytesBefore / 1024).toFixed(0)} KiB before the first Run, ${(bytesOfFirstRun / 1024).toFixed(0)} KiB for it`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    close();
  }
  const result = {
    page: PAGE,
    example: EXAMPLE,
    runs,
    coldMs: median(rows.map((row) => row.cold)),
    secondMs: median(rows.map((row) => row.second)),
    afterReloadMs: median(rows.map((row) => row.afterReload)),
    bytesBeforeFirstRun: median(rows.map((row) => row.bytesBefore)),
    bytesOfFirstRun: median(rows.map((row) => row.bytesOfFirstRun)),
    repetitions: rows,
  };
  console.log(`click to first line, median of ${runs}: cold ${result.coldMs} ms, second run ${result.secondMs} ms, after a reload ${result.afterReloadMs} ms`);
  return result;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(ROOT, 'dist') }, runs: { type: 'string', default: '3' }, port: { type: 'string', default: '4419' }, out: { type: 'string' } } });
  const result = await runTimings(path.resolve(values.dist), Number(values.port), Number(values.runs));
  if (values.out) writeFileSync(values.out, `${JSON.stringify(result, null, 2)}\n`);
}
