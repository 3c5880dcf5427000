/**
 * The search's logic (site/scripts/search/logic.ts) in Node, without a browser: which queries a
 * reader's query becomes, and how Pagefind's results are ranked and grouped. Running here, with no
 * `document`, also checks that the module needs no DOM. The search in the browser, on the real
 * index, is tests/browser/search.test.ts.
 */
import { describe, expect, test } from 'vitest';
import {
  format,
  groupFor,
  headingPrefixLength,
  localUrls,
  matchTerms,
  PAGES_PER_LANGUAGE,
  planSearch,
  queriesFor,
  sectionScore,
  type PagefindData,
  type PagefindResult,
  type PagefindSubResult,
  type SearchTerm,
} from '../../site/scripts/search/logic.ts';

/** A small glossary, shaped like Search.astro's data-terms. */
const TERMS: SearchTerm[] = [
  { keyword: { zh: '死锁', en: 'deadlock' }, names: ['死锁', 'deadlock', 'deadlocks'] },
  { keyword: { zh: '互斥锁', en: 'mutex' }, names: ['互斥锁', '锁', 'mutex', 'lock'] },
  { keyword: { zh: '事件循环', en: 'event loop' }, names: ['事件循环', 'event loop'] },
  { keyword: { zh: '循环', en: 'loop' }, names: ['循环', 'loop'] },
  { keyword: { zh: '协程', en: 'coroutine' }, names: ['协程', 'coroutine', 'coroutines'] },
];

const HERE = 'http://127.0.0.1:4321/zh/threads/';

const sub = (title: string, url: string, extra: Partial<PagefindSubResult> = {}): PagefindSubResult => ({ title, url, excerpt: '', locations: [], ...extra });

/** A Pagefind result for a page, counting how often its data is loaded (each load is a fetch). */
function result(url: string, title: string | undefined, sections: PagefindSubResult[] = [sub(title ?? url, url)], loads = { count: 0 }): PagefindResult {
  const data: PagefindData = { url, excerpt: '', meta: title === undefined ? {} : { title }, sub_results: sections };
  return {
    id: url,
    score: 1,
    data: async () => {
      loads.count++;
      return data;
    },
  };
}

const urlsOf = (pages: Array<{ url: string }>) => pages.map((page) => page.url);

describe('matchTerms: the glossary entries a query names', () => {
  test.for([
    ['nothing for an empty query', '   ', []],
    ['an exact name, whatever its case and spacing', '  DeadLock ', ['deadlock']],
    ['a name inside a longer query', 'how to avoid deadlock here', ['deadlock']],
    ['a Latin name only as a whole word', 'deadlocked', []],
    ['a Chinese name anywhere in the query', '怎样避免死锁', ['deadlock']],
    ['the longer of two names, one inside the other', 'the event loop runs', ['event loop']],
    ['at most two entries, the longest names first', 'mutex, deadlock and coroutine', ['coroutine', 'deadlock']],
    ['no one-character names', '加锁', []],
    ['an exact name rather than the names it contains', 'loop', ['loop']],
  ] as const)('%s', ([, query, expected]) => {
    expect(matchTerms(query, TERMS).map((term) => term.keyword.en)).toEqual(expected);
  });
});

describe('queriesFor: what to search for to find pages in one language', () => {
  test.for([
    ['the query alone when it is the keyword in that language', 'deadlock', 'en', ['deadlock']],
    ['the translation first for a query in the other script', 'deadlock', 'zh', ['死锁', 'deadlock']],
    ['the translation first for a Chinese query on English pages', '死锁', 'en', ['deadlock', '死锁']],
    ['the reader’s spelling when it differs from the keyword only in case', 'Deadlock', 'en', ['Deadlock']],
    ['the query itself when it names no glossary entry', 'thread', 'zh', ['thread']],
    ['the query then each keyword it names', 'mutex deadlock', 'en', ['mutex deadlock', 'deadlock', 'mutex']],
  ] as const)('%s', ([, query, lang, expected]) => {
    expect(queriesFor(query, lang, TERMS)).toEqual(expected);
  });
});

describe('planSearch: the queries of one search', () => {
  test('every query once, and the ones other than the reader’s listed as also searched', () => {
    expect(planSearch('deadlock', 'zh', 'en', TERMS)).toMatchInlineSnapshot(`
      {
        "all": [
          "死锁",
          "deadlock",
        ],
        "also": [
          "死锁",
        ],
        "byLang": {
          "en": [
            "deadlock",
          ],
          "zh": [
            "死锁",
            "deadlock",
          ],
        },
      }
    `);
  });

  test('nothing also searched for a query that names no glossary entry', () => {
    expect(planSearch('thread', 'en', 'zh', TERMS)).toMatchInlineSnapshot(`
      {
        "all": [
          "thread",
        ],
        "also": [],
        "byLang": {
          "en": [
            "thread",
          ],
          "zh": [
            "thread",
          ],
        },
      }
    `);
  });
});

describe('sectionScore: how well a section matches what was searched', () => {
  const weighted = { weighted_locations: [{ weight: 2, location: 0 }, { weight: 0.5, location: 9 }], locations: [0, 9, 12] };
  test.for([
    ['the weights of its matching words', sub('Other', '/en/a/#x', weighted), 'mutex', 2.5],
    ['the number of matching words without weights', sub('Other', '/en/a/#x', { locations: [1, 2, 3] }), 'mutex', 3],
    ['1000 more for a section whose heading names the query', sub('Mutex', '/en/a/#mutex', weighted), 'mutex', 1002.5],
    ['500 more for the top of a page named after the query', sub('Mutex', '/en/mutex/', weighted), 'mutex', 502.5],
    ['a heading with every word of the query, in any order', sub('The event loop', '/en/a/#x'), 'loop event', 1000],
    ['a quoted query as its words', sub('The event loop', '/en/a/#x'), '"event loop"', 1000],
    ['no bonus for a query of quotes only', sub('Quotes', '/en/a/#x'), '""', 0],
  ] as const)('%s', ([, section, searched, expected]) => {
    expect(sectionScore(section, searched)).toBe(expected);
  });
});

describe('headingPrefixLength: how much of an excerpt repeats its heading', () => {
  test.for([
    ['the whole heading and its full stop', 'Deadlock. Two threads wait', 'Deadlock', 10],
    ['the end of the heading, where the excerpt starts inside it', 'lock. Two threads wait', 'Deadlock', 6],
    ['nothing for a single letter of the heading', 'k. Two threads wait', 'Deadlock', 0],
    ['nothing for the heading without a full stop after it', 'Deadlock happens', 'Deadlock', 0],
    ['nothing for an excerpt that starts elsewhere', 'Two threads wait', 'Deadlock', 0],
  ] as const)('%s', ([, text, title, expected]) => {
    expect(headingPrefixLength(text, title)).toBe(expected);
  });
});

describe('localUrls: result URLs as paths on this site', () => {
  test.for([
    ['a path stays as it is', '/en/mutex/#lock', '/en/mutex/#lock'],
    ['an absolute URL on this site becomes its path, query and hash', 'http://127.0.0.1:4321/en/mutex/?q=1#lock', '/en/mutex/?q=1#lock'],
    ['a URL on another site stays absolute', 'https://docs.python.org/3/library/threading.html', 'https://docs.python.org/3/library/threading.html'],
  ] as const)('%s', ([, url, expected]) => {
    expect(localUrls({ url, excerpt: '', meta: {}, sub_results: [] }, HERE).url).toBe(expected);
  });

  test('the sections’ URLs too', () => {
    const data = { url: 'http://127.0.0.1:4321/en/mutex/', excerpt: '', meta: {}, sub_results: [sub('Lock', 'http://127.0.0.1:4321/en/mutex/#lock')] };
    expect(localUrls(data, HERE).sub_results.map((section) => section.url)).toEqual(['/en/mutex/#lock']);
  });
});

describe('format: UI strings with placeholders', () => {
  test.for([
    ['fills each placeholder', '{n} results for “{q}”', { n: 3, q: 'mutex' }, '3 results for “mutex”'],
    ['leaves nothing for a missing value', 'Also searched: {terms}.', {}, 'Also searched: .'],
  ] as const)('%s', ([, template, values, expected]) => {
    expect(format(template, values)).toBe(expected);
  });
});

describe('groupFor: one language’s pages and their best sections', () => {
  test('only the pages in that language', async () => {
    const answers = new Map([['mutex', [result('/zh/mutex/', '互斥锁'), result('/en/mutex/', 'Mutex'), result('/en/threads/', 'Threads')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, HERE)).pages)).toEqual(['/en/mutex/', '/en/threads/']);
  });

  test('each page once, in the order of the queries that found it', async () => {
    const answers = new Map([
      ['死锁', [result('/zh/deadlock/', '死锁')]],
      ['deadlock', [result('/zh/threads/', '线程'), result('/zh/deadlock/', '死锁')]],
    ]);
    expect(urlsOf((await groupFor('zh', ['死锁', 'deadlock'], answers, HERE)).pages)).toEqual(['/zh/deadlock/', '/zh/threads/']);
  });

  test('the pages of absolute results, by their path', async () => {
    const answers = new Map([['mutex', [result('http://127.0.0.1:4321/en/mutex/', 'Mutex')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, HERE)).pages)).toEqual(['/en/mutex/']);
  });

  test('chapters before the glossary', async () => {
    const answers = new Map([['mutex', [result('/en/glossary/', 'Glossary'), result('/en/mutex/', 'Mutex'), result('/en/threads/', 'Threads')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, HERE)).pages)).toEqual(['/en/mutex/', '/en/threads/', '/en/glossary/']);
  });

  test('with more pages than are shown, the glossary is the one left out', async () => {
    const chapters = Array.from({ length: PAGES_PER_LANGUAGE + 2 }, (_, i) => result(`/en/chapter-${i}/`, `Chapter ${i}`));
    const answers = new Map([['lock', [result('/en/glossary/', 'Glossary'), ...chapters]]]);
    const pages = (await groupFor('en', ['lock'], answers, HERE)).pages;
    expect(urlsOf(pages)).toEqual(Array.from({ length: PAGES_PER_LANGUAGE }, (_, i) => `/en/chapter-${i}/`));
  });

  test('no more results loaded than one page beyond those shown', async () => {
    const loads = { count: 0 };
    const many = Array.from({ length: 20 }, (_, i) => result(`/en/chapter-${i}/`, `Chapter ${i}`, undefined, loads));
    await groupFor('en', ['lock', 'mutex'], new Map([['lock', many], ['mutex', many]]), HERE);
    expect(loads.count).toBe(PAGES_PER_LANGUAGE + 1);
  });

  test('a page’s title, or its URL when it has none', async () => {
    const answers = new Map([['mutex', [result('/en/mutex/', 'Mutex'), result('/en/untitled/', undefined)]]]);
    expect((await groupFor('en', ['mutex'], answers, HERE)).pages.map((page) => page.title)).toEqual(['Mutex', '/en/untitled/']);
  });

  test('nothing for queries without answers', async () => {
    expect(await groupFor('zh', ['死锁'], new Map(), HERE)).toMatchInlineSnapshot(`
      {
        "lang": "zh",
        "pages": [],
      }
    `);
  });

  test('each page’s three best sections, the one named after the query first', async () => {
    const sections = [
      sub('Threads', '/en/threads/', { locations: [1] }),
      sub('Locks', '/en/threads/#locks', { locations: [1, 2, 3, 4] }),
      sub('Deadlock', '/en/threads/#deadlock', { locations: [5] }),
      sub('Queues', '/en/threads/#queues', { locations: [6, 7] }),
    ];
    const answers = new Map([['deadlock', [result('/en/threads/', 'Threads', sections)]]]);
    const { pages } = await groupFor('en', ['deadlock'], answers, HERE);
    expect(pages.map((page) => ({ ...page, sections: page.sections.map((section) => section.url) }))).toMatchInlineSnapshot(`
      [
        {
          "sections": [
            "/en/threads/#deadlock",
            "/en/threads/#locks",
            "/en/threads/#queues",
          ],
          "title": "Threads",
          "url": "/en/threads/",
        },
      ]
    `);
  });
});
