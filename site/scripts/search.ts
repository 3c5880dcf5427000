/**
 * Search in the browser, on Pagefind's index (dist/pagefind/, built after `astro build`).
 *
 * The index has one part per language. The page's own language is Pagefind's primary index and
 * the other language is merged in, so one query searches both. Results are grouped by language,
 * the page's own first, and each page shows its best sections, linked to their anchors.
 *
 * Bilingual terms: when the query is a name from the glossary (in either language), the entry's
 * keyword in each language is searched too, so "deadlock" on a Chinese page finds 死锁 and
 * "互斥锁" on an English page finds mutex. Everything is fetched from this site only.
 */

type Lang = 'zh' | 'en';

interface SearchTerm {
  keyword: Record<Lang, string>;
  names: string[];
}

interface WeightedLocation {
  weight: number;
  location: number;
}

interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
  locations: number[];
  weighted_locations?: WeightedLocation[];
}

interface PagefindData {
  url: string;
  excerpt: string;
  meta: { title?: string };
  sub_results: PagefindSubResult[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindData>;
}

interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(url: string, options: Record<string, unknown>): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] } | null>;
}

interface Strings {
  loading: string;
  none: string;
  offline: string;
  count: string;
  also: string;
  here: string;
  other: string;
}

const PAGES_PER_LANGUAGE = 6;
const SECTIONS_PER_PAGE = 3;

const normalise = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
const isLatin = (text: string) => /^[\x20-\x7e]+$/.test(text);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const format = (template: string, values: Record<string, string | number>) =>
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

/**
 * How well a section of a result page matches: the weight of its matching words, and first of
 * all whether its heading names what was searched (the section about it, not one that mentions it).
 */
function sectionScore(sub: PagefindSubResult, searched: string): number {
  const words = sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations.length;
  const wanted = normalise(searched.replace(/"/g, ''));
  const title = normalise(sub.title);
  const named = wanted !== '' && (title.includes(wanted) || wanted.split(' ').every((word) => title.includes(word)));
  // A section named after the query first; then the top of a page named after it (its
  // introduction carries the page title); then the sections that merely mention it.
  const anchored = sub.url.includes('#');
  return words + (named ? (anchored ? 1000 : 500) : 0);
}

/**
 * A section's excerpt without its heading: Pagefind starts the excerpt with (the end of) the
 * heading and a full stop, and the heading is shown just above. Keeps Pagefind's <mark>s.
 */
export function excerptBody(html: string, title: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  const text = template.content.textContent ?? '';
  let drop = 0;
  for (let start = 0; start < title.length; start++) {
    const prefix = `${title.slice(start)}. `;
    if (start < title.length - 1 && text.startsWith(prefix)) {
      drop = prefix.length;
      break;
    }
  }
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && drop > 0; node = walker.nextNode()) {
    const cut = Math.min(drop, node.nodeValue!.length);
    node.nodeValue = node.nodeValue!.slice(cut);
    drop -= cut;
  }
  for (const mark of template.content.querySelectorAll('mark')) if (mark.textContent === '') mark.remove();
  return template.content;
}

/** Result URLs as paths on this site (a merged index may report absolute URLs). */
function local(data: PagefindData): PagefindData {
  const path = (url: string) => {
    const parsed = new URL(url, location.href);
    return parsed.origin === location.origin ? parsed.pathname + parsed.search + parsed.hash : url;
  };
  return { ...data, url: path(data.url), sub_results: data.sub_results.map((sub) => ({ ...sub, url: path(sub.url) })) };
}

export function setUpSearch(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
  const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
  const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
  if (!dialog || !input || !status || !results) return;

  const lang = dialog.dataset['lang'] as Lang;
  const other = dialog.dataset['otherLang'] as Lang;
  const htmlLang: Record<Lang, string> = { [lang]: dialog.dataset['htmlLang']!, [other]: dialog.dataset['otherHtmlLang']! } as Record<Lang, string>;
  const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Strings;
  const terms = JSON.parse(dialog.dataset['terms'] ?? '[]') as SearchTerm[];

  let pagefind: Promise<Pagefind> | undefined;
  const load = () =>
    (pagefind ??= (async () => {
      const url = '/pagefind/pagefind.js';
      const module = (await import(/* @vite-ignore */ url)) as Pagefind;
      await module.options({ excerptLength: 24 });
      // The same bundle's other-language index; an absolute URL, as Pagefind skips merging its own path.
      await module.mergeIndex(new URL('/pagefind/', location.href).href, { language: htmlLang[other].toLowerCase(), baseUrl: '/' });
      return module;
    })());

  const hits = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    load().catch(() => undefined);
  };

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const render = (groups: Array<{ lang: Lang; pages: Array<{ title: string; url: string; sections: PagefindSubResult[] }> }>, also: string[], query: string) => {
    const fragment = document.createDocumentFragment();
    let count = 0;
    if (also.length > 0) {
      const note = document.createElement('p');
      note.className = 'search-also';
      note.textContent = format(strings.also, { terms: also.map((term) => `“${term}”`).join(lang === 'zh' ? '、' : ', ') });
      fragment.append(note);
    }
    for (const group of groups) {
      if (group.pages.length === 0) continue;
      const section = document.createElement('section');
      section.className = 'search-group';
      section.lang = htmlLang[group.lang];
      section.dataset['searchLang'] = group.lang;
      const title = document.createElement('h2');
      title.className = 'search-group-title';
      title.textContent = group.lang === lang ? strings.here : strings.other;
      title.lang = htmlLang[lang];
      const list = document.createElement('ul');
      for (const page of group.pages) {
        const item = document.createElement('li');
        item.className = 'search-page';
        const pageTitle = document.createElement('p');
        pageTitle.className = 'search-page-title';
        pageTitle.textContent = page.title;
        const sections = document.createElement('ul');
        for (const sub of page.sections) {
          const link = document.createElement('a');
          link.className = 'search-hit';
          link.href = sub.url;
          const hitTitle = document.createElement('span');
          hitTitle.className = 'search-hit-title';
          hitTitle.textContent = sub.title;
          const excerpt = document.createElement('span');
          excerpt.className = 'search-hit-excerpt';
          excerpt.append(excerptBody(sub.excerpt, sub.title)); // Pagefind escapes the text and adds <mark> only
          link.append(hitTitle, excerpt);
          const li = document.createElement('li');
          li.append(link);
          sections.append(li);
          count++;
        }
        item.append(pageTitle, sections);
        list.append(item);
      }
      section.append(title, list);
      fragment.append(section);
    }
    results.replaceChildren(fragment);
    status.textContent = count === 0 ? format(strings.none, { q: query }) : format(strings.count, { n: count });
  };

  const search = async (query: string) => {
    const id = ++latest;
    const q = query.trim();
    if (q === '') {
      results.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    let engine: Pagefind;
    try {
      engine = await load();
    } catch {
      status.textContent = strings.offline;
      return;
    }
    const plan = { [lang]: queriesFor(q, lang, terms), [other]: queriesFor(q, other, terms) } as Record<Lang, string[]>;
    const all = [...new Set([...plan[lang], ...plan[other]])];
    const answers = new Map(await Promise.all(all.map(async (text) => [text, (await engine.search(text))?.results ?? []] as const)));
    if (id !== latest) return;

    const groups = await Promise.all(
      [lang, other].map(async (groupLang) => {
        const chosen: Array<{ data: PagefindData; searched: string }> = [];
        const urls = new Set<string>();
        for (const text of plan[groupLang]) {
          for (const result of answers.get(text) ?? []) {
            if (chosen.length > PAGES_PER_LANGUAGE) break;
            const data = local(await result.data());
            if (!data.url.startsWith(`/${groupLang}/`) || urls.has(data.url)) continue;
            urls.add(data.url);
            chosen.push({ data, searched: text });
          }
        }
        const pages = chosen.map(({ data, searched }) => {
          const sections = [...data.sub_results]
            .sort((a, b) => sectionScore(b, searched) - sectionScore(a, searched))
            .slice(0, SECTIONS_PER_PAGE);
          return { title: data.meta.title ?? data.url, url: data.url, sections };
        });
        // Chapters first, the glossary after them.
        const isGlossary = (url: string) => url.endsWith('/glossary/');
        pages.sort((a, b) => Number(isGlossary(a.url)) - Number(isGlossary(b.url)));
        return { lang: groupLang, pages: pages.slice(0, PAGES_PER_LANGUAGE) };
      }),
    );
    if (id !== latest) return;
    const also = [...new Set([...plan[lang], ...plan[other]])].filter((text) => normalise(text) !== normalise(q));
    render(groups, also, q);
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    // Say at once that the shown results are about to change (they belong to the previous query).
    status.textContent = input.value.trim() === '' ? '' : strings.loading;
    timer = setTimeout(() => void search(input.value), 120);
  });

  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      hits()[0]?.focus();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const first = hits()[0];
      if (first) first.click();
      else {
        clearTimeout(timer);
        void search(input.value);
      }
    }
  });

  results.addEventListener('keydown', (event) => {
    const list = hits();
    const index = list.indexOf(document.activeElement as HTMLAnchorElement);
    if (index === -1) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = index + (event.key === 'ArrowDown' ? 1 : -1);
      if (next < 0) input.focus();
      else list[Math.min(next, list.length - 1)]?.focus();
    } else if (event.key === 'Home') {
      event.preventDefault();
      input.focus();
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      input.focus(); // typing goes back to the query
    }
  });

  results.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>('a.search-hit');
    // A link to a section of this page only changes the hash: close the dialog ourselves.
    if (link && link.pathname === location.pathname) dialog.close();
  });

  // Escape closes the dialog even from the search field (which would otherwise only clear itself).
  dialog.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      dialog.close();
    }
  });

  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close(); // a click on the backdrop
  });
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  for (const button of document.querySelectorAll('[data-search-open]')) button.addEventListener('click', open);

  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    const editing = target?.closest('input, textarea, select, [contenteditable="true"]');
    if ((event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      open();
    } else if (event.key === '/' && !editing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      open();
    }
  });

  // ?q=… opens the search with that query (shareable searches).
  const initial = new URLSearchParams(location.search).get('q');
  if (initial) {
    input.value = initial;
    open();
    void search(initial);
  }
}
