/**
 * node scripts/lighthouse.ts [--dist dist] [--out FILE] [--only SUBSTRING] [--runs 1] [--port 4417]
 * Serves a built site (dist/ by default; run `npm run build` first) on 127.0.0.1, compressed as a static host
 * serves it (serve-dist.ts), and runs the pinned
 * Lighthouse (mobile, its default config) on every page, one at a time, in the system Chromium.
 * Prints each page's four scores and the audits that keep accessibility, best practices or SEO
 * below 100; --out writes them as JSON. Performance moves by a few points from run to run: with
 * --runs N each page is run N times, and its performance is the median (each run's is kept too),
 * its other scores the lowest. `npm run bench -- Lighthouse` runs it as a stage (writing data/lighthouse.json).
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
  /** Each run's performance, when a page was run more than once. */
  performanceRuns?: number[];
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

/** One page's scores over several runs: the median performance, the lowest of the others. */
function combine(runs: PageScores[]): PageScores {
  if (runs.length === 1) return runs[0]!;
  const performanceRuns = runs.map((run) => run.scores.performance);
  const sorted = [...performanceRuns].sort((a, b) => a - b);
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, Math.min(...runs.map((run) => run.scores[category]))])) as Record<Category, number>;
  scores.performance = sorted[Math.floor((sorted.length - 1) / 2)]!;
  const failing = [...new Map(runs.flatMap((run) => run.failing).map((audit) => [audit.audit, audit])).values()];
  return { page: runs[0]!.page, scores, performanceRuns, failing };
}

export async function lighthouseAll(dist: string, port: number, only?: string, runs = 1): Promise<PageScores[]> {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error(`${dist} has no index.html: run npm run build first`);
  const { origin, close } = await serveDist(dist, port);
  const results: PageScores[] = [];
  try {
    for (const page of builtPages(dist).filter((page) => !only || page.includes(only))) {
      const reports: PageScores[] = [];
      for (let run = 0; run < runs; run++) reports.push(scoresOf(page, await runLighthouse(origin + page)));
      const result = combine(reports);
      results.push(result);
      const { performance, accessibility, 'best-practices': bestPractices, seo } = result.scores;
      const failing = result.failing.map((audit) => audit.audit).join(', ');
      const spread = result.performanceRuns ? ` (${result.performanceRuns.join(' ')})` : '';
      console.log(`${page.padEnd(34)} perf ${String(performance).padStart(3)}${spread}  a11y ${String(accessibility).padStart(3)}  bp ${String(bestPractices).padStart(3)}  seo ${String(seo).padStart(3)}${failing ? `  failing: ${failing}` : ''}`);
    }
  } finally {
    close();
  }
  return results;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { dist: { type: 'string', default: path.join(ROOT, 'dist') }, out: { type: 'string' }, only: { type: 'string' }, runs: { type: 'string', default: '1' }, port: { type: 'string', default: '4417' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes a whole number of runs, at least 1, not ${values.runs}`);
  const results = await lighthouseAll(path.resolve(values.dist), Number(values.port), values.only, runs);
  if (values.out) writeFileSync(values.out, `${JSON.stringify(results, null, 2)}\n`);
  const below = results.filter((result) => result.scores.accessibility < 100 || result.scores['best-practices'] < 100 || result.scores.seo < 100);
  console.log(`${results.length} pages; ${below.length} below 100 in accessibility, best practices or SEO`);
}
