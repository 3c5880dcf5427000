/**
 * The first-use lint (tests/lint/first-use.ts): table-driven fixtures it must accept and reject,
 * then every page of the site.
 */
import { describe, expect, test } from 'vitest';
import { GLOSSARY } from '../content/glossary.ts';
import type { GlossaryEntry } from '../site/lib/glossary.ts';
import type { Lang } from '../site/lib/lang.ts';
import { checkFirstUse, LANGUAGE, OTHER, taughtOn } from './lint/first-use.ts';
import { sitePages } from './lint/site-pages.ts';

describe('the first-use rule, on fixture pages', () => {
  const entry = (id: string, term: Record<Lang, string>, aliases?: Partial<Record<Lang, string[]>>, taught = ['fixture']): GlossaryEntry => ({
    id,
    group: 'shared-state',
    term,
    ...(aliases ? { aliases } : {}),
    definition: { zh: '（夹具）', en: '(fixture)' },
    taught,
  });
  /** A glossary of its own, so that the fixtures do not change when the site's glossary does. */
  const glossary = [
    entry('mutex', { zh: '互斥锁', en: 'mutex' }, { zh: ['锁'], en: ['lock'] }),
    entry('gil', { zh: '全局解释器锁', en: 'global interpreter lock' }, { zh: ['GIL'], en: ['GIL'] }),
    // Not taught on the fixture page: only there to contain 锁 and lock (a use of neither).
    entry('deadlock', { zh: '死锁', en: 'deadlock' }, undefined, []),
  ];
  const problems = (lang: Lang, mdx: string) => checkFirstUse({ mdx, lang, slug: 'fixture', name: `${lang}/fixture.mdx` }, glossary).problems;

  test.for<{ form: string; lang: Lang; mdx: string }>([
    { form: '术语（term）', lang: 'zh', mdx: '两个线程同时改一个变量时，要用互斥锁（mutex）把这段代码保护起来。' },
    { form: '术语 (term)', lang: 'zh', mdx: '两个线程同时改一个变量时，要用互斥锁 (mutex) 把这段代码保护起来。' },
    { form: 'term (术语)', lang: 'en', mdx: 'When two threads change one variable, protect that code with a mutex (互斥锁).' },
    { form: 'inline code inside the parentheses', lang: 'zh', mdx: '要用互斥锁（`mutex`）把这段代码保护起来。' },
    { form: 'a plural ending', lang: 'en', mdx: 'Two mutexes (互斥锁) guard the two accounts.' },
    { form: 'an alias paired with an alias', lang: 'zh', mdx: '给这段代码加一把锁（lock）。' },
    { form: 'the other name after another in the parentheses', lang: 'en', mdx: 'Only one thread runs at a time under the global interpreter lock (GIL, 全局解释器锁).' },
    { form: 'a pair later than the first use (one pair anywhere in the prose is enough)', lang: 'zh', mdx: '先说互斥锁的用途。\n\n互斥锁（mutex）保证同一时刻只有一个线程在里面。' },
    { form: 'a pair in a table cell', lang: 'en', mdx: '| Tool | Use |\n| --- | --- |\n| a mutex (互斥锁) | one thread at a time |' },
    { form: 'a page that never names a taught term', lang: 'zh', mdx: '这一页只讲线程。' },
  ])('accepts $form', ({ lang, mdx }) => {
    expect(problems(lang, mdx)).toEqual([]);
  });

  test.for<{ case: string; lang: Lang; mdx: string; check: (found: string[]) => void }>([
    {
      case: 'a Chinese page that never gives the English term',
      lang: 'zh',
      mdx: '两个线程同时改一个变量时，要用互斥锁把这段代码保护起来。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx: 互斥锁 / mutex (glossary entry "mutex") — its first use in the prose, "互斥锁" on line 1, gives no English term; write 互斥锁（mutex）",
        ]
      `),
    },
    {
      case: 'an English page that never gives the Chinese term',
      lang: 'en',
      mdx: 'When two threads change one variable, protect that code with a mutex.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx: mutex / 互斥锁 (glossary entry "mutex") — its first use in the prose, "mutex" on line 1, gives no Chinese term; write mutex (互斥锁)",
        ]
      `),
    },
    {
      case: 'a pair that is only in a heading (not prose)',
      lang: 'zh',
      mdx: '## 互斥锁（mutex）\n\n要用互斥锁把这段代码保护起来。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx: 互斥锁 / mutex (glossary entry "mutex") — its first use in the prose, "互斥锁" on line 3, gives no English term; write 互斥锁（mutex）",
        ]
      `),
    },
    {
      case: 'a pair that is only in an <Illustration> (not prose)',
      lang: 'en',
      mdx: 'Protect that code with a mutex.\n\n<Illustration>\n\nmutex (互斥锁)\n\n</Illustration>',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx: mutex / 互斥锁 (glossary entry "mutex") — its first use in the prose, "mutex" on line 1, gives no Chinese term; write mutex (互斥锁)",
        ]
      `),
    },
    {
      case: 'an abbreviation both languages list, which translates nothing',
      lang: 'zh',
      mdx: '全局解释器锁（GIL）让线程轮流执行 Python 代码。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx: 全局解释器锁 / global interpreter lock (glossary entry "gil") — its first use in the prose, "全局解释器锁" on line 1, gives no English term; write 全局解释器锁（global interpreter lock）",
        ]
      `),
    },
    {
      case: 'the term’s name only inside another entry’s (锁 in 死锁), then used alone unpaired',
      lang: 'zh',
      mdx: '死锁（deadlock）很难排查。\n\n所以先给它加一把锁。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx: 互斥锁 / mutex (glossary entry "mutex") — its first use in the prose, "锁" on line 3, gives no English term; write 锁（mutex）",
        ]
      `),
    },
  ])('rejects $case', ({ lang, mdx, check }) => {
    const found = problems(lang, mdx);
    // One problem, whatever a snapshot update (-u) wrote below: a rejected page must stay rejected.
    expect(found).toHaveLength(1);
    check(found);
  });
});

describe("a glossary term's first use gives the other language's term", () => {
  const pages = sitePages();

  test('some pages teach glossary terms', () => {
    // Else every test below would be missing, and the rule never applied.
    expect(pages.filter((page) => taughtOn(page.slug, GLOSSARY).length > 0).length).toBeGreaterThan(0);
  });

  for (const page of pages) {
    if (taughtOn(page.slug, GLOSSARY).length === 0) continue;
    const { used, unused, problems } = checkFirstUse(page);
    const terms = (list: GlossaryEntry[]) => list.map((entry) => entry.term[page.lang]).join(', ');
    const name =
      (used.length > 0 ? `${page.name} gives the ${LANGUAGE[OTHER[page.lang]]} term after ${terms(used)}` : `${page.name} has no glossary term to pair`) +
      (unused.length > 0 ? ` (the glossary lists it for ${terms(unused)}, which its prose never names)` : '');
    test(name, () => {
      expect(problems).toEqual([]);
    });
  }
});
