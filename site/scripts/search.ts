/**
 * Search in the browser, on Pagefind's index (dist/pagefind/, built after `astro build`): the
 * <site-search> element that Search.astro renders around its button and dialog.
 *
 * The index has one part per language. The page's own language is Pagefind's primary index and
 * the other language is merged in, so one query searches both. Results are grouped by language,
 * the page's own first, and each page shows its best sections, linked to their anchors. Which
 * queries are sent and how results are ranked is in search/logic.ts. Everything is fetched from
 * this site only.
 */
import { sitePath } from '../lib/base-path.ts';
import type { Lang } from '../lib/lang.ts';
import { format, groupsFor, headingPrefixLength, loadOnce, planSearch, type Pagefind, type ResultGroup, type SearchTerm } from './search/logic.ts';

/** How long after an input event the search starts, unless another input comes first. */
const SEARCH_DELAY_MS = 30;

/** The UI strings, in the page's language (Search.astro's data-strings). */
interface Strings {
  loading: string;
  none: string;
  offline: string;
  count: string;
  also: string;
  /** Between the terms of that note: "、" or ", ". */
  separator: string;
  here: string;
  other: string;
}

/** What a search needs: Pagefind with both languages' indexes, and the glossary's term map. */
interface Engine {
  pagefind: Pagefind;
  terms: SearchTerm[];
}

/** What rendering needs to know about the page: its language, and the lang attribute of each. */
interface View {
  lang: Lang;
  htmlLang: Record<Lang, string>;
  strings: Strings;
}

/** A section's excerpt without the heading it repeats (shown just above). Keeps Pagefind's <mark>s. */
function excerptBody(html: string, title: string): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = html;
  let drop = headingPrefixLength(template.content.textContent ?? '', title);
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && drop > 0; node = walker.nextNode()) {
    const cut = Math.min(drop, node.nodeValue!.length);
    node.nodeValue = node.nodeValue!.slice(cut);
    drop -= cut;
  }
  for (const mark of template.content.querySelectorAll('mark')) if (mark.textContent === '') mark.remove();
  return template.content;
}

/** The results as elements: the note on what was searched too, then a section per language. */
function resultsFragment(groups: ResultGroup[], also: string[], view: View): { fragment: DocumentFragment; count: number } {
  const { lang, htmlLang, strings } = view;
  const fragment = document.createDocumentFragment();
  let count = 0;
  if (also.length > 0) {
    const note = document.createElement('p');
    note.className = 'search-also';
    note.textContent = format(strings.also, { terms: also.map((term) => `“${term}”`).join(strings.separator) });
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
        link.href = sitePath(sub.url);
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
  return { fragment, count };
}

class SiteSearch extends HTMLElement {
  // Set up in the constructor, as Starlight's search does: the element only comes from the page's
  // HTML, already parsed with its button and dialog when this module defines it.
  constructor() {
    super();
    const dialog = this.querySelector<HTMLDialogElement>('[data-search-dialog]');
    const input = dialog?.querySelector<HTMLInputElement>('[data-search-input]');
    const status = dialog?.querySelector<HTMLElement>('[data-search-status]');
    const results = dialog?.querySelector<HTMLElement>('[data-search-results]');
    if (!dialog || !input || !status || !results) return;

    const lang = dialog.dataset['lang'] as Lang;
    const other = dialog.dataset['otherLang'] as Lang;
    const htmlLang = { [lang]: dialog.dataset['htmlLang']!, [other]: dialog.dataset['otherHtmlLang']! } as Record<Lang, string>;
    const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as Strings;
    const view: View = { lang, htmlLang, strings };
    const place = { url: location.href, base: import.meta.env.BASE_URL, indexLang: { [lang]: htmlLang[lang].toLowerCase(), [other]: htmlLang[other].toLowerCase() } as Record<Lang, string> };

    const openIndex = async (): Promise<Pagefind> => {
      const bundle = `${import.meta.env.BASE_URL}pagefind/`;
      const pagefind = (await import(/* @vite-ignore */ `${bundle}pagefind.js`)) as Pagefind;
      // baseUrl: the index has the pages' paths in dist/, and they are served under the base path.
      await pagefind.options({ excerptLength: 24, baseUrl: import.meta.env.BASE_URL });
      // The same bundle's other-language index; an absolute URL, as Pagefind skips merging its own path.
      await pagefind.mergeIndex(new URL(bundle, location.href).href, { language: place.indexLang[other], baseUrl: import.meta.env.BASE_URL });
      return pagefind;
    };
    const fetchTerms = async (): Promise<SearchTerm[]> => {
      const response = await fetch(`${import.meta.env.BASE_URL}search-terms.json`);
      if (!response.ok) throw new Error(`search-terms.json: HTTP ${response.status}`);
      return (await response.json()) as SearchTerm[];
    };
    // Both fetched once, side by side, on the first open or query.
    let engine: Promise<Engine> | undefined;
    const load = (): Promise<Engine> => (engine ??= Promise.all([openIndex(), fetchTerms()]).then(([pagefind, terms]) => ({ pagefind, terms })));

    const hits = () => [...results.querySelectorAll<HTMLAnchorElement>('a.search-hit')];

    const open = () => {
      if (!dialog.open) dialog.showModal();
      input.focus();
      input.select();
      load().catch(() => undefined);
    };

    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const search = async (query: string) => {
      const id = ++latest;
      const q = query.trim();
      if (q === '') {
        results.replaceChildren();
        status.textContent = '';
        return;
      }
      status.textContent = strings.loading;
      let loaded: Engine;
      try {
        loaded = await load();
      } catch {
        if (id === latest) status.textContent = strings.offline;
        return;
      }
      const { pagefind, terms } = loaded;
      const plan = planSearch(q, lang, other, terms);
      const answers = new Map(await Promise.all(plan.all.map(async (text) => [text, ((await pagefind.search(text))?.results ?? []).map(loadOnce)] as const)));
      if (id !== latest) return;
      const groups = await groupsFor([lang, other], plan, answers, place);
      if (id !== latest) return;
      const { fragment, count } = resultsFragment(groups, plan.also, view);
      results.replaceChildren(fragment);
      status.textContent = count === 0 ? format(strings.none, { q }) : format(strings.count, { n: count });
    };

    input.addEventListener('input', () => {
      clearTimeout(timer);
      latest++; // an answer to what was typed before is stale from now on, even if it comes before the next search starts
      const q = input.value.trim();
      // Say at once that the shown results are about to change (they belong to the previous query).
      status.textContent = q === '' ? '' : strings.loading;
      // Fetch the index chunks of what is being typed while the debounce waits.
      if (q !== '') void load().then(({ pagefind, terms }) => Promise.all(planSearch(q, lang, other, terms).all.map((text) => pagefind.preload(text)))).catch(() => undefined);
      // A short wait only gathers a burst of input events (a paste, an IME's commit): a search for each
      // key is cheap once the index is loaded, and an answer to an older query is never shown.
      timer = setTimeout(() => void search(input.value), SEARCH_DELAY_MS);
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
    for (const button of this.querySelectorAll('[data-search-open]')) {
      button.addEventListener('click', open);
      // A pointer on the button or focus on it says a search is coming: start loading Pagefind.
      for (const intent of ['pointerenter', 'focus']) button.addEventListener(intent, () => void load().catch(() => undefined), { once: true });
    }

    window.addEventListener('keydown', (event) => {
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
}

customElements.define('site-search', SiteSearch);
