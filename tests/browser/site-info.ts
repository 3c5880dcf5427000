/**
 * What the browser tests need to know about the built site, read in Node by the global setup
 * from a build and content/ and handed to the tests with `provide`/`inject`. Pages are named by
 * their path from the site's root ("/zh/threads/"); the harness opens them under `base`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { matrix as matrixConfig, project, timelines } from '../../literate.config.ts';
import type { Lang } from '../../site/lib/lang.ts';
import { exampleKey, isTimed, pyodideCell, readMatrix, readPage, readTimelines, runsInPage, timelineKey, type CellStatus, type ExampleSpec } from '../../site/lib/literate/index.ts';

type Order = ExampleSpec['order'];
import { builtPages } from '../../scripts/serve-dist.ts';
import type { SiteBuild } from '../site/build-site.ts';

export interface Chapter {
  lang: Lang;
  slug: string;
  title: string;
  url: string;
  order: number;
}

export interface SectionHeading {
  lang: Lang;
  url: string;
  id: string;
  text: string;
  depth: number;
}

export interface SiteInfo {
  /** The base path the site is served under ("/py-concurrency/"). */
  base: string;
  /** Every built page, by its path from the site's root ("/" for the root page). */
  pages: string[];
  /** The chapters of each language in chapter order (content frontmatter `order`). */
  chapters: Record<Lang, Chapter[]>;
  /** Every h2–h4 with an id on every chapter page. */
  sections: SectionHeading[];
  /** Words that appear in example code or output and nowhere in the text that is indexed. */
  exampleOnlyWords: string[];
  /** A chapter with an ordinary code block (not an example program), if any. */
  codeBlockPage: string | null;
  /**
   * Every page with examples that Pyodide can run in the page (a chapter, and its side-by-side
   * view with both languages' examples): each example's key ("en/asyncio/run.py"), what the
   * version matrix found it does on Pyodide, the order its check allows, and whether its lines are timed.
   */
  runnable: Record<string, Array<{ key: string; pyodide: CellStatus; order: Order['kind']; timed: boolean }>>;
  /** Every page with examples that need threads and have a timeline, which Replay plays: their keys. */
  replayable: Record<string, string[]>;
  /** The recordings Replay plays (data/timelines.json), by key: each line's time, text and documented line (its mark; null for stderr), and the end. */
  recordings: Record<string, { lines: Array<[number, string, number | null]>; end: number }>;
  /** Who recorded them: the interpreter and the day. */
  recordedBy: { python: string; date: string };
}

const attribute = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');

/** Text that Pagefind indexes: the body, less everything marked data-pagefind-ignore. */
function indexedText(body: Element): string {
  const copy = structuredClone(body);
  const strip = (node: Element) => {
    node.children = node.children.filter((child) => child.type !== 'element' || child.properties['dataPagefindIgnore'] === undefined);
    for (const child of node.children) if (child.type === 'element') strip(child);
  };
  strip(copy);
  return toText(copy);
}

export function readSite(root: string, { base, outDir: dist }: SiteBuild): SiteInfo {
  const pages = builtPages(dist);

  const chapters = { zh: [] as Chapter[], en: [] as Chapter[] };
  const sections: SectionHeading[] = [];
  const prose: string[] = [];
  const examples: string[] = [];
  let codeBlockPage: string | null = null;

  for (const lang of ['zh', 'en'] as const) {
    for (const name of readdirSync(path.join(root, 'content', lang)).filter((file) => file.endsWith('.mdx'))) {
      const slug = name.replace(/\.mdx$/, '');
      const url = `/${lang}/${slug}/`;
      if (!pages.includes(url)) continue;
      const source = readFileSync(path.join(root, 'content', lang, name), 'utf8');
      const order = Number(/^order:\s*([\d.]+)/m.exec(source)?.[1] ?? NaN);
      const tree = fromHtml(readFileSync(path.join(dist, lang, slug, 'index.html'), 'utf8'));
      chapters[lang].push({ lang, slug, url, order, title: toText(select('main h1', tree)!).trim() });
      for (const heading of selectAll('main :is(h2, h3, h4)[id]', tree))
        sections.push({ lang, url, id: attribute(heading, 'id'), text: toText(heading).trim(), depth: Number(heading.tagName[1]) });
      const body = select('[data-pagefind-body]', tree);
      if (body) prose.push(indexedText(body).toLowerCase());
      // Line by line, code and output, so words never run together.
      for (const code of selectAll('figure.example .example-code code', tree)) examples.push(...toText(code).split('\n'));
      for (const line of selectAll('figure.example .output-text', tree)) examples.push(toText(line));
      if (codeBlockPage === null && selectAll('main pre.astro-code', tree).some((pre) => !selectAll('figure.example pre', tree).includes(pre)))
        codeBlockPage = url;
    }
    chapters[lang].sort((a, b) => a.order - b.order);
  }
  for (const lang of ['zh', 'en'] as const) {
    const glossary = path.join(dist, lang, 'glossary', 'index.html');
    const body = select('[data-pagefind-body]', fromHtml(readFileSync(glossary, 'utf8')));
    if (body) prose.push(indexedText(body).toLowerCase());
  }

  const indexed = prose.join('\n');
  const words = new Set(examples.join('\n').match(/\b[A-Za-z]{8,}\b/g) ?? []);
  const exampleOnlyWords = [...words]
    // Not even its stem in the indexed text (Pagefind stems English words: printed → print).
    .filter((word) => !indexed.includes(word.slice(0, Math.max(6, word.length - 3)).toLowerCase()))
    .sort()
    .slice(0, 3);

  // The tests loop over these lists: if one came out empty (dist/ or content/ moved, a selector
  // gone stale), every check that loops over it would pass by checking nothing.
  const { matrix } = readMatrix(matrixConfig);
  const recorded = readTimelines(timelines);
  const recordings: SiteInfo['recordings'] = {};
  // Each page read once: a chapter's examples are asked for again by its side-by-side view.
  const read = new Map<string, ExampleSpec[]>();
  const examplesOf = (lang: Lang, slug: string) => {
    const file = path.join(project.contentDir, lang, `${slug}.mdx`);
    if (!read.has(file)) read.set(file, readPage(file, project).examples);
    return read.get(file)!;
  };
  const runnableOf = (lang: Lang, slug: string) =>
    examplesOf(lang, slug).flatMap((example) => {
      const cell = pyodideCell(matrix, example);
      return cell && runsInPage(example, cell) ? [{ key: exampleKey(example), pyodide: cell.status, order: example.order.kind, timed: isTimed(example) }] : [];
    });
  const replayableOf = (lang: Lang, slug: string) =>
    examplesOf(lang, slug).flatMap((example) => {
      const recording = recorded.examples[timelineKey(example)];
      if (!recording?.concurrent || runsInPage(example, pyodideCell(matrix, example))) return [];
      recordings[exampleKey(example)] = { lines: recording.lines.map((line) => [line.t, line.text, line.n]), end: recording.end };
      return [exampleKey(example)];
    });
  const runnable: SiteInfo['runnable'] = {};
  const replayable: SiteInfo['replayable'] = {};
  for (const { lang, slug, url } of [...chapters.zh, ...chapters.en]) {
    const compare = pages.includes(`/${lang}/compare/${slug}/`) ? `/${lang}/compare/${slug}/` : null;
    const own = runnableOf(lang, slug);
    if (own.length > 0) runnable[url] = own;
    if (own.length > 0 && compare) runnable[compare] = [...runnableOf('zh', slug), ...runnableOf('en', slug)];
    const replays = replayableOf(lang, slug);
    if (replays.length > 0) replayable[url] = replays;
    if (replays.length > 0 && compare) replayable[compare] = [...replayableOf('zh', slug), ...replayableOf('en', slug)];
  }

  const empty = Object.entries({ pages, 'zh chapters': chapters.zh, 'en chapters': chapters.en, sections, 'pages with runnable examples': Object.keys(runnable), 'pages with replays': Object.keys(replayable) }).filter(([, list]) => list.length === 0);
  if (empty.length > 0) throw new Error(`readSite found no ${empty.map(([name]) => name).join(', ')} in ${root}`);

  return { base, pages, chapters, sections, exampleOnlyWords, codeBlockPage, runnable, replayable, recordings, recordedBy: { python: recorded.python, date: recorded.recorded } };
}
