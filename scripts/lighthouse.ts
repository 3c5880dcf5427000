/**
 * node scripts/lighthouse.ts [--dist dist] [--out FILE] [--only SUBSTRING] [--port 4417]
 * Serves a built site (dist/ by default; run `npm run build` first) on 127.0.0.1, compressed as a static host
 * serves it (serve-dist.ts), and runs the pinned
 * Lighthouse (mobile, its default config) on every page, one at a time, in the system Chromium.
 * Prints each page's four scores and the audits that keep accessibility, best practices or SEO
 * below 100; --out writes them as JSON. `npm run bench -- Lighthouse` runs it as a stage (writing data/lighthouse.json).
 */
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { builtPages, serveDist } from './serve-dist.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const LIGHTHOUSE = path.join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

export interface PageScores {
  page: string;
  scores: Record<Category, number>;
  /** Audits below full marks in the categories that should be 100 (not performance). */
  failing: Array<{ category: Category; audit: string; title: string }>;
}

interface LighthouseReport {
  categories: Record<Category, { score: number; auditRefs: Array<{ id: string; weight: number }> }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

function runLighthouse(url: string): Promise<LighthouseReport> {
  const args = [LIGHTHOUSE, url, '--output=json', '--output-path=stdout', '--quiet', `--only-categories=${CATEGORIES.join(',')}`, '--chrome-flags=--headless=new --no-sandbox'];
  const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: process.env['CHROME_PATH'] ?? '/usr/bin/chromium' }, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  return new Promise((resolve, reject) =>
    child.once('exit', (code) => (code === 0 ? resolve(JSON.parse(output) as LighthouseReport) : reject(new Error(`lighthouse exited with ${code} on ${url}`)))),
  );
}

function scoresOf(page: string, report: LighthouseReport): PageScores {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.round(report.categories[category].score * 100)])) as Record<Category, number>;
  const failing = CATEGORIES.filter((category) => category !== 'performance').flatMap((category) =>
    report.categories[category].auditRefs
      .filter((ref) => ref.weight > 0 && report.audits[ref.id]?.scoreDisplayMode === 'binary' && report.audits[ref.id]?.score === 0)
      .map((ref) => ({ category, audit: ref.id, title: report.audits[ref.id]!.title })),
  );
  return { page, scores, failing };
}

export async function lighthouseAll(dist: string, port: number, only?: string): Promise<PageScores[]> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run npm run build first`);
  const { origin, close } = await serveDist(dist, port);
  const results: PageScores[] = [];
  try {
    for (const page of builtPages(dist).filter((page) => !only || page.includes(only))) {
      const result = scoresOf(page, await runLighthouse(origin + page));
      results.push(result);
      const { performance, accessibility, 'best-practices': bestPractices, seo } = result.scores;
      const failing = result.failing.map((audit) => audit.audit).join(', ');
      console.log(`${page.padEnd(34)} perf ${String(performance).padStart(3)}  a11y ${String(accessibility).padStart(3)}  bp ${String(bestPractices).padStart(3)}  seo ${String(seo).padStart(3)}${failing ? `  failing: ${failing}` : ''}`);
    }
  } finally {
    close();
  }
  return results;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(ROOT, 'dist') }, out: { type: 'string' }, only: { type: 'string' }, port: { type: 'string', default: '4417' } } });
  const results = await lighthouseAll(path.resolve(values.dist), Number(values.port), values.only);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  const below = results.filter((result) => result.scores.accessibility < 100 || result.scores['best-practices'] < 100 || result.scores.seo < 100);
  console.log(`${results.length} pages; ${below.length} below 100 in accessibility, best practices or SEO`);
}
