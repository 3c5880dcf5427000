/**
 * The test-talk lint (tests/lint/test-talk.ts): table-driven fixtures it must accept and reject,
 * then every page of the site.
 */
import { describe, expect, test } from 'vitest';
import type { Lang } from '../site/lib/lang.ts';
import { checkTestTalk } from './lint/test-talk.ts';
import { sitePages } from './lint/site-pages.ts';

describe('the test-talk rule, on fixture pages', () => {
  const problems = (lang: Lang, mdx: string) => checkTestTalk({ mdx, lang, name: `${lang}/fixture.mdx` });

  test.for<{ form: string; lang: Lang; mdx: string }>([
    { form: 'what the reader sees, in English', lang: 'en', mdx: 'Each line appears at the time beside it, give or take a few tenths of a second.' },
    { form: 'what the reader sees, in Chinese', lang: 'zh', mdx: '两个新线程谁先打印并不确定，这两行可能互换；后面的行则总是按这个顺序出现。' },
    { form: "a sentence about Python's own unittest", lang: 'en', mdx: '`unittest` runs the tests of a `TestCase` in the order of their method names.' },
    { form: '单元测试 and 测试方法 (Python’s unittest)', lang: 'zh', mdx: '用 `unittest` 写单元测试时，每个测试方法的名字都以 `test` 开头。' },
    { form: '“tests” as a verb of the program', lang: 'en', mdx: 'Called without arguments, `acquire()` never returns `False`, so the `if` always holds and tests nothing.' },
    { form: 'a program that checks its own results', lang: 'zh', mdx: '下面的程序最后核对三种做法的结果完全一致：' },
    { form: 'the words inside inline code', lang: 'en', mdx: 'The comment `# the tests check this` is part of the program, not of the prose.' },
    { form: 'a format placeholder', lang: 'zh', mdx: '`str.format()` 会把格式占位符 `{}` 换成参数。' },
    { form: '“marks it as” about Python, not the page', lang: 'en', mdx: 'The leading underscore marks it as internal; ordinary code should not use it.' },
    { form: '标成 about Python, not the page', lang: 'zh', mdx: '把线程标成守护线程，主线程结束时它就随进程一起退出。' },
    {
      form: 'test talk only in a heading, an <Example> and an <Illustration> (not prose)',
      lang: 'en',
      mdx: '## What the tests check \\{#checks}\n\n<Illustration>\n\nthe tests check this\n\n</Illustration>\n\n<Example src="x.py">\n```text\nthe test lets them swap\n```\n</Example>',
    },
    { form: 'test talk only in the frontmatter', lang: 'zh', mdx: '---\ntitle: 夹具\ndescription: 测试核对一切\n---\n\n这一页只讲线程。' },
  ])('accepts $form', ({ lang, mdx }) => {
    expect(problems(lang, mdx)).toEqual([]);
  });

  test.for<{ case: string; lang: Lang; mdx: string; check: (found: string[]) => void }>([
    {
      case: '“the tests check” the times',
      lang: 'en',
      mdx: 'The times beside the output are when each line appears, and the tests check them to within ±0.3 s.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "The times beside the output are when each line appears, and the tests check them to within ±0.3 s." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“the test lets them swap”, on the line it is on',
      lang: 'en',
      mdx: 'Two threads start.\nWhich one prints first is not fixed,\nso the test lets them swap.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:3: the prose talks about the tests: "Which one prints first is not fixed, so the test lets them swap." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“this site’s tests” (only the first English pattern)',
      lang: 'en',
      mdx: "The default build still has the GIL. This site's tests use the default build.",
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "This site's tests use the default build." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“a test checks” (only the second English pattern)',
      lang: 'en',
      mdx: 'A test checks that the badges agree with the entry.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "A test checks that the badges agree with the entry." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“the page documents”',
      lang: 'en',
      mdx: 'So the page documents some whole number from 10 to 13.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "So the page documents some whole number from 10 to 13." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“its output checked”',
      lang: 'en',
      mdx: '- Every example on this page was run, and its output checked, on Python 3.11.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "Every example on this page was run, and its output checked, on Python 3.11." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“hence the placeholders”, in a table cell',
      lang: 'en',
      mdx: '| Run | Note |\n| --- | --- |\n| 1 | which thread varies, hence the placeholders |',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:3: the prose talks about the tests: "which thread varies, hence the placeholders" → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '“marked as varying”',
      lang: 'en',
      mdx: 'Which thread gets the lock first is not fixed, which is why the thread names are marked as varying.',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "en/fixture.mdx:1: the prose talks about the tests: "Which thread gets the lock first is not fixed, which is why the thread names are marked as varying." → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '测试允许它们互换',
      lang: 'zh',
      mdx: '两个新线程谁先打印并不确定，测试允许它们互换，但后面的行必须按这个顺序出现。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx:1: the prose talks about the tests: "两个新线程谁先打印并不确定，测试允许它们互换，但后面的行必须按这个顺序出现。" → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '标成可变的',
      lang: 'zh',
      mdx: '但锁只保证它包住的那一段。另外两处仍然标成了可变的：',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx:1: the prose talks about the tests: "另外两处仍然标成了可变的：" → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '输出里用了占位符',
      lang: 'zh',
      mdx: '具体是第几个线程，每次可能不同，所以输出里用了占位符。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx:1: the prose talks about the tests: "具体是第几个线程，每次可能不同，所以输出里用了占位符。" → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '核对过输出',
      lang: 'zh',
      mdx: '本页的每个示例都在 Python 3.11 上运行并核对过输出。与原文相比：',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx:1: the prose talks about the tests: "本页的每个示例都在 Python 3.11 上运行并核对过输出。" → say what the program does; the example's badges tell how it is checked",
        ]
      `),
    },
    {
      case: '页面只断言',
      lang: 'zh',
      mdx: '这样丢多少由调度决定，所以页面只断言总数少于 20000。',
      check: (found) => expect(found).toMatchInlineSnapshot(`
        [
          "zh/fixture.mdx:1: the prose talks about the tests: "这样丢多少由调度决定，所以页面只断言总数少于 20000。" → say what the program does; the example's badges tell how it is checked",
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

describe('the prose talks about Python, not about the tests', () => {
  const pages = sitePages();

  test('there are pages in every language', () => {
    // Else every test below would be missing, and the rule never applied.
    expect(new Set(pages.map((page) => page.lang))).toEqual(new Set(['zh', 'en']));
  });

  for (const page of pages) {
    test(page.name, () => {
      expect(checkTestTalk(page)).toEqual([]);
    });
  }
});
