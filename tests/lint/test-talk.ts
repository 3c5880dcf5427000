/**
 * The prose explains Python, not the test suite. "The test lets them swap", "测试允许它们互换", "the
 * page marks them as varying" tell the reader about the harness; the badges beside each example (exact
 * output, lines in any order, values that vary, timed) already say how its output is checked. The
 * prose should say what the program does and what the reader sees: "which thread prints first is not
 * fixed, so the two lines may come in either order".
 *
 * The rule looks for phrases that talk about the tests, per language (TEST_TALK), in the page's prose:
 * the same prose as the first-use lint (passagesOf in tests/lint/first-use.ts), that is, outside
 * headings, code, <Example>, <Illustration>, frontmatter, imports and component attributes. A match
 * that touches inline code does not count (`# the tests check this` is a program's text). A sentence
 * that names a test framework (unittest, doctest, pytest, 单元测试) is about the reader's own tests and
 * is not checked. A sentence gets one problem, however many phrases in it match.
 *
 * The rule is checkTestTalk, a pure function of a page: the fixtures in tests/test-talk.test.ts run
 * it on small pages, then every page of the site is checked.
 */
import type { Root } from 'mdast';
import type { Lang } from '../../site/lib/lang.ts';
import { parseMdx } from '../../site/lib/literate/index.ts';
import { passagesOf, type Passage } from './first-use.ts';

/** A page to check: its MDX (text, or already parsed), its language and what to call it in messages. */
export interface TalkPage {
  mdx: string | Root;
  lang: Lang;
  name: string;
}

/** Phrases that narrate the test suite, per language. All are matched without regard to case. */
export const TEST_TALK: Record<Lang, RegExp[]> = {
  en: [
    // "the test checks", "the tests let them swap", "this site's tests use"; not unittest's "the test methods".
    /\b(?:the|this site's|our) tests?\b(?!\s+(?:cases?|methods?|functions?|modules?|discovery)\b)/giu,
    // "a test checks", "tests wait until 3 s"; not "the `if` tests nothing".
    /\btests?\s+(?:checks?|lets?|waits?|allows?|holds?|expects?|marks?)\b/giu,
    // "the page documents only what can be checked", "the output marks them as values that vary".
    /\bthe (?:page|output) (?:only )?(?:documents|asserts|marks)\b/giu,
    // "its output checked", "checked line by line", "checks them to the letter".
    /\boutput (?:is |was )?checked\b|\bcheck(?:s|ed)?(?: them| it)? (?:line by line|to the letter|within ±)/giu,
    // "hence the placeholders"; not str.format()'s format placeholders.
    /(?<!\bformat |\bformatting |\breplacement )\bplaceholders?\b/giu,
    // "marked as varying"; not "the underscore marks it as internal".
    /\bmarked as (?:varying|variable)\b|\bmarks? (?:them|it|these|this) as (?:values that vary|varying|variable)\b/giu,
  ],
  zh: [
    // 测试核对、测试允许、本站的测试；不算单元测试、测试用例、测试方法（Python 自己的 unittest）。
    /(?<!单元|集成|回归|性能|压力|自动化)测试(?!用例|框架|方法|函数)/gu,
    // 标成可变的、标为会变化的值；不算“把线程标成守护线程”。
    /标[成为]了?(?:可变|会变化|每次不同)/gu,
    // 输出里用了占位符；不算 str.format() 的格式占位符。
    /(?<!格式|格式化|模板)占位符/gu,
    // 核对过输出、逐行核对、按 ±0.3 秒核对；不算程序自己“核对三种做法的结果”。
    /核对(?:过|了)?(?:输出|时间|用时)|(?:逐行|逐字|±\s*[\d.]+\s*秒)核对/gu,
    // 页面只断言、页面上标成……
    /页面(?:上)?(?:只)?(?:断言|核对|标成|标为|标明)/gu,
  ],
};

/** A sentence that names a test framework is about the reader's tests, not the site's. */
const FRAMEWORK = /unittest|doctest|pytest|TestCase|单元测试/u;

/** Where a sentence ends: 。！？；, or . ! ? ; followed by white space. */
const SENTENCE_END: Record<Lang, RegExp> = { zh: /[。！？；]|[.!?;](?=\s|$)/gu, en: /[.!?;](?=\s|$)|[。！？；]/gu };

/** The sentence of `text` around [from, to): its bounds. */
function sentenceAround(text: string, from: number, lang: Lang): { start: number; end: number } {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(SENTENCE_END[lang])) {
    if (match.index < from) start = match.index + match[0].length;
    else {
      end = match.index + match[0].length;
      break;
    }
  }
  return { start, end };
}

/** How a sentence is quoted in a message: on one line, at most 100 characters. */
function quote(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

function problemsIn(passage: Passage, lang: Lang, name: string): string[] {
  const problems: string[] = [];
  const seen = new Set<number>();
  const hits = TEST_TALK[lang]
    .flatMap((pattern) => [...passage.text.matchAll(pattern)])
    .filter((match) => !passage.code.slice(match.index, match.index + match[0].length).some(Boolean))
    .sort((a, b) => a.index - b.index);
  for (const match of hits) {
    const { start, end } = sentenceAround(passage.text, match.index, lang);
    if (seen.has(start)) continue;
    const sentence = passage.text.slice(start, end);
    if (FRAMEWORK.test(sentence)) continue;
    seen.add(start);
    const line = passage.line + (passage.text.slice(0, match.index).match(/\n/g)?.length ?? 0);
    problems.push(
      `${name}:${line}: the prose talks about the tests: "${quote(sentence)}" → say what the program does; the example's badges tell how it is checked`,
    );
  }
  return problems;
}

/** The rule: one problem per sentence of prose that talks about the test suite. */
export function checkTestTalk(page: TalkPage): string[] {
  const tree = typeof page.mdx === 'string' ? parseMdx(page.mdx) : page.mdx;
  return passagesOf(tree).flatMap((passage) => problemsIn(passage, page.lang, page.name));
}
