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
  groupsFor,
  headingPrefixLength,
  loadOnce,
  matchTerms,
  PAGES_PER_LANGUAGE,
  planSearch,
  queriesFor,
  resultLang,
  matchWeight,
  sectionTier,
  sitePaths,
  taughtTarget,
  type PagefindData,
  type PagefindResult,
  type PagefindSubResult,
  type SearchTerm,
} from '../../site/scripts/search/logic.ts';

/** A small glossary, shaped like the term map the search box fetches (search-terms.json). */
const TERMS: SearchTerm[] = [
  { keyword: { zh: '死锁', en: 'deadlock' }, names: ['死锁', 'deadlock', 'deadlocks'], taught: ['deadlock#what-is-deadlock', 'deadlock'] },
  { keyword: { zh: '互斥锁', en: 'mutex' }, names: ['互斥锁', '锁', 'mutex', 'lock'], taught: ['mutex#lock'] },
  { keyword: { zh: '事件循环', en: 'event loop' }, names: ['事件循环', 'event loop'], taught: [] },
  { keyword: { zh: '循环', en: 'loop' }, names: ['循环', 'loop'], taught: [] },
  { keyword: { zh: '协程', en: 'coroutine' }, names: ['协程', 'coroutine', 'coroutines'], taught: ['coroutines#what-is-a-coroutine'] },
];

/** Each language's name in the index, as Pagefind takes it from the pages' lang attribute. */
const INDEX_LANG = { zh: 'zh-cn', en: 'en' } as const;
const HERE = { url: 'http://127.0.0.1:4321/zh/threads/', base: '/', indexLang: INDEX_LANG };

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
        "taught": [
          "deadlock#what-is-deadlock",
          "deadlock",
        ],
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
        "taught": [],
      }
    `);
  });
});

describe('taughtTarget: a result URL as a glossary target', () => {
  test.for([
    ['a section', '/zh/asyncio/#results', 'asyncio#results'],
    ['the top of a page', '/en/deadlock/', 'deadlock'],
    ['a page below another path', '/en/compare/deadlock/#two-locks', 'compare/deadlock#two-locks'],
  ] as const)('%s', ([, url, expected]) => {
    expect(taughtTarget(url)).toBe(expected);
  });
});

describe('sectionTier: how surely a section teaches what was searched', () => {
  test.for([
    ['3 for a section the glossary says teaches the term, whatever its heading', sub('Getting results', '/zh/asyncio/#results'), 'callback', ['asyncio#results'], 3],
    ['3 for the top of a page the glossary names', sub('Deadlock', '/en/deadlock/'), 'deadlock', ['deadlock'], 3],
    ['2 for a section whose heading names the query', sub('Mutex', '/en/a/#mutex'), 'mutex', [], 2],
    ['2 for a heading with every word of the query, in any order', sub('The event loop', '/en/a/#x'), 'loop event', [], 2],
    ['2 for a quoted query, as its words', sub('The event loop', '/en/a/#x'), '"event loop"', [], 2],
    ['1 for the top of a page named after the query', sub('Mutex', '/en/mutex/'), 'mutex', [], 1],
    ['0 for a section that mentions the query', sub('Other', '/en/a/#x', { locations: [1, 2, 3] }), 'mutex', [], 0],
    ['0 for a section of another page than the one taught', sub('Results', '/zh/tasks/#results'), 'callback', ['asyncio#results'], 0],
    ['0 for a query of quotes only', sub('Quotes', '/en/a/#x'), '""', [], 0],
  ] as const)('%s', ([, section, searched, taught, expected]) => {
    expect(sectionTier(section, searched, taught)).toBe(expected);
  });
});

describe('matchWeight: how much of a section matches', () => {
  test.for([
    ['the weights of its matching words', sub('Other', '/en/a/#x', { weighted_locations: [{ weight: 2, location: 0 }, { weight: 0.5, location: 9 }], locations: [0, 9, 12] }), 2.5],
    ['the number of matching words without weights', sub('Other', '/en/a/#x', { locations: [1, 2, 3] }), 3],
  ] as const)('%s', ([, section, expected]) => {
    expect(matchWeight(section)).toBe(expected);
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

describe('sitePaths: result URLs as paths from the site’s root', () => {
  const UNDER_BASE = { url: 'http://127.0.0.1:4321/py-concurrency/zh/threads/', base: '/py-concurrency/', indexLang: INDEX_LANG };
  test.for([
    ['a path stays as it is', '/en/mutex/#lock', HERE, '/en/mutex/#lock'],
    ['an absolute URL on this site becomes its path, query and hash', 'http://127.0.0.1:4321/en/mutex/?q=1#lock', HERE, '/en/mutex/?q=1#lock'],
    ['a URL on another site stays absolute', 'https://docs.python.org/3/library/threading.html', HERE, 'https://docs.python.org/3/library/threading.html'],
    ['under a base path, a path loses the base', '/py-concurrency/en/mutex/#lock', UNDER_BASE, '/en/mutex/#lock'],
    ['under a base path, an absolute URL on this site too', 'http://127.0.0.1:4321/py-concurrency/en/mutex/', UNDER_BASE, '/en/mutex/'],
    ['a path outside the base path is no page of the site: it becomes absolute', '/en/mutex/', UNDER_BASE, 'http://127.0.0.1:4321/en/mutex/'],
  ] as const)('%s', ([, url, place, expected]) => {
    expect(sitePaths({ url, excerpt: '', meta: {}, sub_results: [] }, place).url).toBe(expected);
  });

  test('the sections’ URLs too', () => {
    const data = { url: 'http://127.0.0.1:4321/en/mutex/', excerpt: '', meta: {}, sub_results: [sub('Lock', 'http://127.0.0.1:4321/en/mutex/#lock')] };
    expect(sitePaths(data, HERE).sub_results.map((section) => section.url)).toEqual(['/en/mutex/#lock']);
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

describe('resultLang: a result’s language, from its id alone', () => {
  test.for([
    ['a page of the English index', 'en_d8ee121', 'en'],
    ['a page of the Chinese index, named with its region', 'zh-cn_345c37a', 'zh'],
    ['an id without a language', 'd8ee121', undefined],
    ['a language name without its separator', 'english_d8ee121', undefined],
  ] as const)('%s', ([, id, expected]) => {
    expect(resultLang(id, INDEX_LANG)).toBe(expected);
  });
});

describe('loadOnce: a result whose data is fetched once', () => {
  test('however often it is asked for', async () => {
    const loads = { count: 0 };
    const once = loadOnce(result('/en/mutex/', 'Mutex', undefined, loads));
    await Promise.all([once.data(), once.data()]);
    await once.data();
    expect(loads.count).toBe(1);
  });
});

describe('groupFor: one language’s pages and their best sections', () => {
  test('only the pages in that language', async () => {
    const answers = new Map([['mutex', [result('/zh/mutex/', '互斥锁'), result('/en/mutex/', 'Mutex'), result('/en/threads/', 'Threads')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, [], HERE)).pages)).toEqual(['/en/mutex/', '/en/threads/']);
  });

  test('each page once, in the order of the queries that found it', async () => {
    const answers = new Map([
      ['死锁', [result('/zh/deadlock/', '死锁')]],
      ['deadlock', [result('/zh/threads/', '线程'), result('/zh/deadlock/', '死锁')]],
    ]);
    expect(urlsOf((await groupFor('zh', ['死锁', 'deadlock'], answers, [], HERE)).pages)).toEqual(['/zh/deadlock/', '/zh/threads/']);
  });

  test('the pages of absolute results, by their path', async () => {
    const answers = new Map([['mutex', [result('http://127.0.0.1:4321/en/mutex/', 'Mutex')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, [], HERE)).pages)).toEqual(['/en/mutex/']);
  });

  test('the pages of results under the base path, by their path from the site’s root', async () => {
    const answers = new Map([['mutex', [result('/py-concurrency/en/mutex/', 'Mutex'), result('/en/threads/', 'Threads')]]]);
    const place = { url: 'http://127.0.0.1:4321/py-concurrency/en/', base: '/py-concurrency/', indexLang: INDEX_LANG };
    expect(urlsOf((await groupFor('en', ['mutex'], answers, [], place)).pages)).toEqual(['/en/mutex/']);
  });

  test('chapters before the glossary', async () => {
    const answers = new Map([['mutex', [result('/en/glossary/', 'Glossary'), result('/en/mutex/', 'Mutex'), result('/en/threads/', 'Threads')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, [], HERE)).pages)).toEqual(['/en/mutex/', '/en/threads/', '/en/glossary/']);
  });

  test('with more pages than are shown, the glossary is the one left out', async () => {
    const chapters = Array.from({ length: PAGES_PER_LANGUAGE + 2 }, (_, i) => result(`/en/chapter-${i}/`, `Chapter ${i}`));
    const answers = new Map([['lock', [result('/en/glossary/', 'Glossary'), ...chapters]]]);
    const pages = (await groupFor('en', ['lock'], answers, [], HERE)).pages;
    expect(urlsOf(pages)).toEqual(Array.from({ length: PAGES_PER_LANGUAGE }, (_, i) => `/en/chapter-${i}/`));
  });

  test('the results whose id names the other language are not loaded', async () => {
    const loads = { count: 0 };
    const named = (id: string, url: string): PagefindResult => ({ ...result(url, url, undefined, loads), id });
    const answers = new Map([['mutex', [named('zh-cn_a1', '/zh/mutex/'), named('en_b2', '/en/mutex/'), named('zh-cn_c3', '/zh/threads/'), named('en_d4', '/en/threads/')]]]);
    expect(urlsOf((await groupFor('en', ['mutex'], answers, [], HERE)).pages)).toEqual(['/en/mutex/', '/en/threads/']);
    expect(loads.count).toBe(2);
  });

  test('no more results loaded than one page beyond those shown', async () => {
    const loads = { count: 0 };
    const many = Array.from({ length: 20 }, (_, i) => result(`/en/chapter-${i}/`, `Chapter ${i}`, undefined, loads));
    await groupFor('en', ['lock', 'mutex'], new Map([['lock', many], ['mutex', many]]), [], HERE);
    expect(loads.count).toBe(PAGES_PER_LANGUAGE + 1);
  });

  test('the results’ data loaded at once, not one after another', async () => {
    let inFlight = 0;
    let most = 0;
    const slow = Array.from({ length: PAGES_PER_LANGUAGE + 1 }, (_, i): PagefindResult => ({
      id: `${i}`,
      score: 1,
      data: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        inFlight--;
        return { url: `/en/chapter-${i}/`, excerpt: '', meta: {}, sub_results: [] };
      },
    }));
    await groupFor('en', ['lock'], new Map([['lock', slow]]), [], HERE);
    expect(most).toBe(PAGES_PER_LANGUAGE + 1);
  });

  test('a page’s title, or its URL when it has none', async () => {
    const answers = new Map([['mutex', [result('/en/mutex/', 'Mutex'), result('/en/untitled/', undefined)]]]);
    expect((await groupFor('en', ['mutex'], answers, [], HERE)).pages.map((page) => page.title)).toEqual(['Mutex', '/en/untitled/']);
  });

  test('nothing for queries without answers', async () => {
    expect(await groupFor('zh', ['死锁'], new Map(), [], HERE)).toMatchInlineSnapshot(`
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
    const { pages } = await groupFor('en', ['deadlock'], answers, [], HERE);
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

  test.for([
    [
      'a page with a section the glossary says teaches the term, before pages found first that mention it',
      [result('/zh/coroutines/', '协程', [sub('协程', '/zh/coroutines/', { locations: [1, 2, 3, 4] })]), result('/zh/asyncio/', 'asyncio', [sub('取得任务的结果', '/zh/asyncio/#results', { locations: [1] })])],
      ['asyncio#results'],
      ['/zh/asyncio/', '/zh/coroutines/'],
    ],
    [
      'a page with a section named after the query, before pages found first that mention it',
      [result('/en/yield-from/', 'yield from', [sub('Generator states', '/en/yield-from/#states', { locations: [1, 2] })]), result('/en/concepts/', 'Concepts', [sub('GIL', '/en/concepts/#gil', { locations: [1] })])],
      [],
      ['/en/concepts/', '/en/yield-from/'],
    ],
    [
      'pages that teach it equally surely, in the order they were found',
      [result('/en/mutex/', 'Mutex', [sub('GIL', '/en/mutex/#gil')]), result('/en/concepts/', 'Concepts', [sub('GIL', '/en/concepts/#gil')])],
      [],
      ['/en/mutex/', '/en/concepts/'],
    ],
    [
      'the glossary last, even when its entry names the query',
      [result('/en/glossary/', 'Glossary', [sub('GIL', '/en/glossary/#gil')]), result('/en/threads/', 'Threads', [sub('Threads', '/en/threads/#x', { locations: [1] })])],
      [],
      ['/en/threads/', '/en/glossary/'],
    ],
  ] as const)('%s', async ([, found, taught, expected]) => {
    const searched = expected[0]!.startsWith('/zh/') ? '回调' : 'GIL';
    expect(urlsOf((await groupFor(expected[0]!.slice(1, 3) as 'zh' | 'en', [searched], new Map([[searched, [...found]]]), taught, HERE)).pages)).toEqual(expected);
  });

  test('a page’s sections that teach the term first, then those named after the query, then the best matches', async () => {
    const sections = [
      sub('Locks', '/en/threads/#locks', { locations: [1, 2, 3, 4] }),
      sub('Deadlock', '/en/threads/#deadlock', { locations: [5] }),
      sub('Waiting forever', '/en/threads/#waiting', { locations: [6] }),
      sub('Queues', '/en/threads/#queues', { locations: [6, 7] }),
    ];
    const answers = new Map([['deadlock', [result('/en/threads/', 'Threads', sections)]]]);
    const { pages } = await groupFor('en', ['deadlock'], answers, ['threads#waiting'], HERE);
    expect(pages[0]!.sections.map((section) => section.url)).toEqual(['/en/threads/#waiting', '/en/threads/#deadlock', '/en/threads/#locks']);
  });
});

describe('groupsFor: both languages’ groups of one search', () => {
  /** Results whose data loads take a turn of the event loop, counting the most loads in flight at once. */
  function tracked(ids: Record<string, string>) {
    const loads = { inFlight: 0, most: 0 };
    const results = Object.entries(ids).map(([url, id]): PagefindResult => ({
      id,
      score: 1,
      data: async () => {
        loads.most = Math.max(loads.most, ++loads.inFlight);
        await new Promise((resolve) => setImmediate(resolve));
        loads.inFlight--;
        return { url, excerpt: '', meta: { title: url }, sub_results: [] };
      },
    }));
    return { answers: new Map([['mutex', results]]), loads };
  }
  const plan = planSearch('mutex', 'zh', 'en', []);

  test('the page’s own language first', async () => {
    const { answers } = tracked({ '/en/mutex/': 'en_b2', '/zh/mutex/': 'zh-cn_a1' });
    expect((await groupsFor(['zh', 'en'], plan, answers, HERE)).map((group) => [group.lang, urlsOf(group.pages)])).toEqual([
      ['zh', ['/zh/mutex/']],
      ['en', ['/en/mutex/']],
    ]);
  });

  test('both languages load at once when every id names its language', async () => {
    // Each group loads its own page only: one load each, both in flight together.
    const { answers, loads } = tracked({ '/en/mutex/': 'en_b2', '/zh/mutex/': 'zh-cn_a1' });
    await groupsFor(['zh', 'en'], plan, answers, HERE);
    expect(loads.most).toBe(2);
  });

  test('one language after the other when an id names none', async () => {
    // The Chinese group loads both pages (it cannot tell b2's language), then the English one loads b2 again.
    const { answers, loads } = tracked({ '/en/mutex/': 'b2', '/zh/mutex/': 'zh-cn_a1' });
    await groupsFor(['zh', 'en'], plan, answers, HERE);
    expect(loads.most).toBe(2);
  });
});
