/** The pages collection, grouped by language and in the chapter's order. */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from './literate/examples.ts';

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
