/**
 * Where the glossary sends a reader: the pages and sections of the page index that teach each
 * entry, so it never points at a page not yet written; and the bilingual term map of the search box.
 */
import { GLOSSARY } from '../../content/glossary.ts';
import { namesOf, type GlossaryEntry } from './glossary.ts';
import type { Lang } from './lang.ts';
import { pageUrl, type PageInfo, type SectionInfo } from './pages.ts';
import { escapeRegExp } from './regexp.ts';
import type { SearchTerm } from '../scripts/search/logic.ts';

/** A page that teaches a glossary entry, with the sections of it that do. */
export interface GlossaryPlace {
  href: string;
  title: string;
  sections: Array<{ href: string; text: string }>;
}


/** Does a heading's text mention this name? Latin names must match whole words. */
export function mentions(text: string, name: string): boolean {
  if (/^[\x20-\x7e]+$/.test(name)) return new RegExp(`(^|[^\\w])${escapeRegExp(name)}($|[^\\w])`, 'i').test(text);
  return text.includes(name);
}

const MAX_PAGES = 3;
const MAX_SECTIONS = 3;

/**
 * The pages and sections that teach an entry, in this language, existing ones only: the
 * entry's `taught` targets first, then every section whose heading names the entry.
 */
export function placesFor(entry: GlossaryEntry, lang: Lang, pages: PageInfo[]): GlossaryPlace[] {
  const places: GlossaryPlace[] = [];
  const add = (page: PageInfo, section?: SectionInfo) => {
    let place = places.find((candidate) => candidate.href === pageUrl(lang, page.slug));
    if (!place) {
      if (places.length >= MAX_PAGES) return;
      place = { href: pageUrl(lang, page.slug), title: page.title, sections: [] };
      places.push(place);
    }
    const href = section ? `${place.href}#${section.id}` : undefined;
    if (section && href && place.sections.length < MAX_SECTIONS && !place.sections.some((known) => known.href === href))
      place.sections.push({ href, text: section.text });
  };
  for (const target of entry.taught ?? []) {
    const [slug, id] = target.split('#');
    const page = pages.find((candidate) => candidate.slug === slug);
    if (!page) continue;
    const section = id === undefined ? undefined : page.sections.find((candidate) => candidate.id === id);
    if (id === undefined || section) add(page, section);
  }
  if (entry.matchHeadings !== false) {
    const names = namesOf(entry, lang).filter((name) => name.length >= 2);
    for (const page of pages)
      for (const section of page.sections)
        if (names.some((name) => mentions(section.text, name))) add(page, section);
  }
  return places;
}


/** The bilingual term map the search box uses (typing any name searches both keywords). */
export function searchTermMap(): SearchTerm[] {
  return GLOSSARY.map((entry) => ({
    keyword: { zh: entry.keyword?.zh ?? entry.term.zh, en: entry.keyword?.en ?? entry.term.en },
    names: [...new Set([...namesOf(entry, 'zh'), ...namesOf(entry, 'en')])],
    taught: entry.taught ?? [],
  }));
}
