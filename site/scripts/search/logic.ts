/**
 * The search's logic, without the DOM (so Node can test it): which queries to send for a reader's
 * query, and how Pagefind's results become groups of pages and their best sections.
 *
 * Bilingual terms: when the query is a name from the glossary (in either language), the entry's
 * keyword in each language is searched too, so "deadlock" on a Chinese page finds 死锁 and
 * "互斥锁" on an English page finds mutex.
 */
import type { Lang } from '../../lib/lang.ts';
import { escapeRegExp } from '../../lib/regexp.ts';

/** A glossary entry as Search.astro passes it: its keyword in each language, all its names, and where it is taught. */
export interface SearchTerm {
  keyword: Record<Lang, string>;
  names: string[];
  /** The entry's `taught` targets, "page" or "page#section-id" (the same in both languages). */
  taught: string[];
}

interface WeightedLocation {
  weight: number;
  location: number;
}

/** The parts of Pagefind's browser API (dist/pagefind/pagefind.js) that the search uses. */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

export interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

export interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
  /** Loads the index chunks a search for this term needs, without searching. */
  preload(query: string): Promise<void>;
}

export interface ResultPage {
  title: string;
  url: string;
  sections: PagefindSubResult[];
}

export interface ResultGroup {
  lang: Lang;
  pages: ResultPage[];
}

export const PAGES_PER_LANGUAGE = 6;
export const SECTIONS_PER_PAGE = 3;

export const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const isLatin = (text: string) => /^[\x20-\x7e]+$/.test(text);

/** A UI string with its {placeholders} filled in (a missing value leaves nothing). */
export const format = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));

/** Does the (normalised) query contain this (normalised) name, as a whole word for Latin names? */
function contains(query: string, name: string): boolean {
  if (isLatin(name)) return new RegExp(`(^|[^\\w])${escapeRegExp(name)}($|[^\\w])`).test(query);
  return query.includes(name);
}

/** The glossary entries a query names: exact names first; otherwise the longest names it contains. */
export function matchTerms(query: string, terms: SearchTerm[]): SearchTerm[] {
  const q = normalise(query);
  if (q === '') return [];
  const exact = terms.filter((term) => term.names.some((name) => normalise(name) === q));
  if (exact.length > 0) return exact;
  const found = terms
    .map((term) => ({
      term,
      name: term.names
        .map(normalise)
        .filter((name) => name.length >= 2 && contains(q, name))
        .sort((a, b) => b.length - a.length)[0],
    }))
    .filter((hit): hit is { term: SearchTerm; name: string } => hit.name !== undefined)
    .sort((a, b) => b.name.length - a.name.length);
  const kept = found.filter((hit) => !found.some((other) => other.name.length > hit.name.length && other.name.includes(hit.name)));
  return kept.slice(0, 2).map((hit) => hit.term);
}

/** What to search for to find pages in one language: the query, and the glossary keywords it names. */
export function queriesFor(query: string, lang: Lang, terms: SearchTerm[]): string[] {
  const keywords = matchTerms(query, terms).map((term) => term.keyword[lang]);
  const writtenIn: Lang = /[\p{Script=Han}]/u.test(query) ? 'zh' : 'en';
  // A query in the other script finds little by itself: its translation goes first.
  const ordered = writtenIn === lang ? [query, ...keywords] : [...keywords, query];
  const unique: string[] = [];
  for (const candidate of ordered) if (!unique.some((seen) => normalise(seen) === normalise(candidate))) unique.push(candidate);
  return unique;
}

export interface SearchPlan {
  /** The queries whose results make each language's group, best first. */
  byLang: Record<Lang, string[]>;
  /** Every query to send, once each. */
  all: string[];
  /** The queries other than the reader's own, which the results say were searched too. */
  also: string[];
  /** Where the glossary says the terms the query names are taught ("page#section-id"). */
  taught: string[];
}

/** The queries for a (trimmed, non-empty) query on a page in `lang`, whose other language is `other`. */
export function planSearch(query: string, lang: Lang, other: Lang, terms: SearchTerm[]): SearchPlan {
  const byLang = { [lang]: queriesFor(query, lang, terms), [other]: queriesFor(query, other, terms) } as Record<Lang, string[]>;
  const all = [...new Set([...byLang[lang], ...byLang[other]])];
  const taught = [...new Set(matchTerms(query, terms).flatMap((term) => term.taught))];
  return { byLang, all, also: all.filter((text) => normalise(text) !== normalise(query)), taught };
}

/** A result URL as a glossary `taught` target: "/zh/asyncio/#results" is "asyncio#results", "/en/deadlock/" is "deadlock". */
export function taughtTarget(url: string): string {
  const [path = '', id] = url.split('#');
  const slug = path.replace(/^\/[^/]+\//, '').replace(/\/$/, '');
  return id ? `${slug}#${id}` : slug;
}

/**
 * How surely a section teaches what was searched, so that a query for a concept lands where it
 * is explained rather than where it is mentioned in passing: 3 for a section the glossary says
 * teaches a term of the query, 2 for a section whose heading names the query, 1 for the top of a
 * page named after it (its introduction carries the page title), 0 for a mere mention.
 */
export function sectionTier(sub: PagefindSubResult, searched: string, taught: readonly string[]): number {
  if (taught.includes(taughtTarget(sub.url))) return 3;
  const wanted = normalise(searched.replace(/"/g, ''));
  const title = normalise(sub.title);
  const named = wanted !== '' && (title.includes(wanted) || wanted.split(' ').every((word) => title.includes(word)));
  if (!named) return 0;
  return sub.url.includes('#') ? 2 : 1;
}

/** How much of a section matches: the weight of its matching words (their count if Pagefind gives no weights). */
export function matchWeight(sub: PagefindSubResult): number {
  return sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations.length;
}

/** A page's sections, best first: by tier, then by the weight of their matching words. */
export function rankSections(sections: PagefindSubResult[], searched: string, taught: readonly string[]): PagefindSubResult[] {
  const ranked = sections.map((sub) => ({ sub, tier: sectionTier(sub, searched, taught), weight: matchWeight(sub) }));
  return ranked.sort((a, b) => b.tier - a.tier || b.weight - a.weight).map(({ sub }) => sub);
}

/**
 * How many characters of a section's excerpt text repeat its heading: Pagefind starts the excerpt
 * with (the end of) the heading and a full stop, and the heading is shown just above. 0 if none.
 */
export function headingPrefixLength(text: string, title: string): number {
  for (let start = 0; start < title.length - 1; start++) {
    const prefix = `${title.slice(start)}. `;
    if (text.startsWith(prefix)) return prefix.length;
  }
  return 0;
}

/** Where a search runs: the page's URL, the base path the site is served under ("/", "/py-concurrency/"), and each language's name in the index ("zh-cn"). */
export interface SearchPlace {
  url: string;
  base: string;
  indexLang: Record<Lang, string>;
}

/**
 * A result's language, read from its id without loading its data: Pagefind names a page after its
 * index's language ("en_d8ee121", "zh-cn_345c37a"). Undefined for an id that starts with none of them.
 */
export function resultLang(id: string, indexLang: Record<Lang, string>): Lang | undefined {
  return (Object.keys(indexLang) as Lang[]).find((lang) => id.startsWith(`${indexLang[lang]}_`));
}

/**
 * Result URLs as paths from the site's root ("/en/mutex/#lock"), which is how the ranking and the glossary
 * name pages. Pagefind gives them under the base path, and a merged index may give them absolute; a URL
 * outside the base path, or on another site, is no page of this site and stays absolute.
 */
export function sitePaths(data: PagefindData, place: SearchPlace): PagefindData {
  const path = (url: string) => {
    const parsed = new URL(url, place.url);
    const onSite = parsed.origin === new URL(place.url).origin && parsed.pathname.startsWith(place.base);
    return onSite ? `/${parsed.pathname.slice(place.base.length)}${parsed.search}${parsed.hash}` : parsed.href;
  };
  return { ...data, url: path(data.url), sub_results: data.sub_results.map((sub) => ({ ...sub, url: path(sub.url) })) };
}

/** The result with its data loaded at most once, however many groups ask for it (each load is a fetch). */
export function loadOnce(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindData> | undefined;
  return { ...result, data: () => (data ??= result.data()) };
}

const isGlossary = (url: string) => url.endsWith('/glossary/');

/**
 * One language's results: the pages in that language found by its queries (each page once),
 * chapters before the glossary, each with its best sections for the query that found it. Pages
 * whose best section teaches the query more surely (sectionTier) come first; otherwise they keep
 * the order the queries found them in. `answers` holds Pagefind's results for every query of the
 * plan, `taught` is the plan's, and `place` is where the search runs. The pages' URLs are paths from the site's root.
 */
export async function groupFor(lang: Lang, queries: string[], answers: Map<string, PagefindResult[]>, taught: readonly string[], place: SearchPlace): Promise<ResultGroup> {
  const chosen: Array<{ data: PagefindData; searched: string }> = [];
  const urls = new Set<string>();
  // Up to one page more than is shown: the glossary, sorted last, may be the one left out.
  const wanted = PAGES_PER_LANGUAGE + 1;
  for (const text of queries) {
    // A result whose id names the other language is not loaded; one whose id says nothing is checked once loaded.
    const pending = (answers.get(text) ?? []).filter((result) => (resultLang(result.id, place.indexLang) ?? lang) === lang);
    while (pending.length > 0 && chosen.length < wanted) {
      // As many loads at once as pages are still wanted: each is a fetch, and one after another they add up.
      const batch = await Promise.all(pending.splice(0, wanted - chosen.length).map(async (result) => sitePaths(await result.data(), place)));
      for (const data of batch) {
        if (!data.url.startsWith(`/${lang}/`) || urls.has(data.url)) continue;
        urls.add(data.url);
        chosen.push({ data, searched: text });
      }
    }
  }
  const ranked = chosen.map(({ data, searched }) => {
    const sections = rankSections(data.sub_results, searched, taught).slice(0, SECTIONS_PER_PAGE);
    const tier = sections[0] ? sectionTier(sections[0], searched, taught) : 0;
    return { page: { title: data.meta.title ?? data.url, url: data.url, sections }, tier };
  });
  // Chapters first, the glossary after them; then the page that teaches the query (a stable sort).
  ranked.sort((a, b) => Number(isGlossary(a.page.url)) - Number(isGlossary(b.page.url)) || b.tier - a.tier);
  return { lang, pages: ranked.slice(0, PAGES_PER_LANGUAGE).map(({ page }) => page) };
}

/**
 * Both languages' groups, in the order of `langs` (the page's own first). Pagefind shares one load of a
 * page between concurrent loads of it from different queries, so one group's query could decide the
 * sections the other group shows for that page. When every result's id names its language (resultLang),
 * the groups load disjoint pages, so they load at once; otherwise one after the other.
 */
export async function groupsFor(langs: readonly [Lang, Lang], plan: SearchPlan, answers: Map<string, PagefindResult[]>, place: SearchPlace): Promise<ResultGroup[]> {
  const groupOf = (lang: Lang) => groupFor(lang, plan.byLang[lang], answers, plan.taught, place);
  const disjoint = [...answers.values()].every((found) => found.every((result) => resultLang(result.id, place.indexLang) !== undefined));
  return disjoint ? Promise.all(langs.map(groupOf)) : [await groupOf(langs[0]), await groupOf(langs[1])];
}
