/** The pages collection, grouped by language and in the chapter's order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import { listPages, readPage, type Lang } from './literate/examples.ts';
import { readMatrix } from './literate/matrix.ts';

export type PageEntry = CollectionEntry<'pages'>;

/** "zh/threads" → { lang: "zh", slug: "threads" } */
export function splitId(entry: PageEntry): { lang: Lang; slug: string } {
  const [lang, ...rest] = entry.id.split('/');
  return { lang: lang as Lang, slug: rest.join('/') };
}

export async function pagesIn(lang: Lang): Promise<PageEntry[]> {
  const entries = await getCollection('pages', (entry) => splitId(entry).lang === lang);
  return entries.sort((a, b) => a.data.order - b.data.order);
}

export const pageUrl = (lang: Lang, slug: string) => `/${lang}/${slug}/`;

/** The side-by-side view of a chapter, with the interface in `lang` and that language on the left. */
export const compareUrl = (lang: Lang, slug: string) => `/${lang}/compare/${slug}/`;

let examplePages: Map<string, string> | undefined;

/** The URL of the page that shows an example ("zh", "threads/x.py" → "/zh/threads/"); pages are read once per build. */
export function pageOfExample(lang: Lang, src: string): string | undefined {
  examplePages ??= new Map(
    listPages()
      .map((file) => readPage(file))
      .flatMap((page) => page.examples.map((example): [string, string] => [`${page.lang}/${example.src}`, pageUrl(page.lang, page.slug)])),
  );
  return examplePages.get(`${lang}/${src}`);
}

let matrix: ReturnType<typeof readMatrix> | undefined;

/** The committed version matrix, read once per build (every example's badge row uses it). */
export function siteMatrix(): ReturnType<typeof readMatrix> {
  return (matrix ??= readMatrix());
}
