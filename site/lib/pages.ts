/**
 * The per-build page index: the pages collection, by language and in the chapter's order, with
 * what the remark plugin read on each page (its examples, changes and sections). The sidebar,
 * the glossary, <Change> and the home pages all take what they need from here.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { matrix as matrixConfig } from '../../literate.config.ts';
import { readMatrix } from './literate/index.ts';
import { sitePath } from './base-path.ts';
import type { Lang } from './lang.ts';
import type { PageSummary } from './remark-literate.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** "zh/threads" → { lang: "zh", slug: "threads" } */
export function splitId(entry: PageEntry): { lang: Lang; slug: string } {
  const [lang, ...rest] = entry.id.split('/');
  return { lang: lang as Lang, slug: rest.join('/') };
}

// The URLs of the site's pages, under the base path (site/lib/base-path.ts).

/** A language's home page. */
export const homeUrl = (lang: Lang) => sitePath(`/${lang}/`);

/** A chapter, or the glossary ("glossary"). */
export const pageUrl = (lang: Lang, slug: string) => sitePath(`/${lang}/${slug}/`);

/** The side-by-side view of a chapter, with the interface in `lang` and that language on the left. */
export const compareUrl = (lang: Lang, slug: string) => sitePath(`/${lang}/compare/${slug}/`);

/** Where under /timelines/<lang>/ an example's timeline part is: its src without ".py" ("asyncio/gather"). */
export const timelinePart = (src: string) => src.replace(/\.py$/, '');

/** An example's timeline as a page part by itself ("zh", "asyncio/gather.py" → "/timelines/zh/asyncio/gather/"), fetched by the side-by-side view. */
export const timelineUrl = (lang: Lang, src: string) => sitePath(`/timelines/${lang}/${timelinePart(src)}/`);

export interface SectionInfo {
  id: string;
  text: string;
  depth: number;
}

export interface PageInfo {
  slug: string;
  title: string;
  description: string;
  order: number;
  sections: SectionInfo[];
  /** The `src` of each example on the page. */
  examples: string[];
}

/** What the remark plugin left for the index on a rendered page. */
export async function summaryOf(entry: PageEntry): Promise<PageSummary> {
  const { remarkPluginFrontmatter } = await render(entry);
  return remarkPluginFrontmatter.literate as PageSummary;
}

const cache = new Map<Lang, Promise<PageInfo[]>>();

/** The pages of a language, in chapter order; read once per build. */
export function pageInfos(lang: Lang): Promise<PageInfo[]> {
  let infos = cache.get(lang);
  if (!infos) {
    infos = (async () => {
      const entries = await getCollection('pages', (entry) => splitId(entry).lang === lang);
      const pages = await Promise.all(
        entries.map(async (entry) => {
          const { sections, examples } = await summaryOf(entry);
          return { slug: splitId(entry).slug, title: entry.data.title, description: entry.data.description, order: entry.data.order, sections, examples };
        }),
      );
      return pages.sort((a, b) => a.order - b.order);
    })();
    cache.set(lang, infos);
  }
  return infos;
}

/** The URL of the page that shows an example ("zh", "threads/x.py" → "/zh/threads/", under the base path). */
export async function pageOfExample(lang: Lang, src: string): Promise<string | undefined> {
  const page = (await pageInfos(lang)).find((candidate) => candidate.examples.includes(src));
  return page && pageUrl(lang, page.slug);
}

let matrix: ReturnType<typeof readMatrix> | undefined;

/** The committed version matrix, read once per build (every example's badge row uses it). */
export function siteMatrix(): ReturnType<typeof readMatrix> {
  return (matrix ??= readMatrix(matrixConfig));
}
