/**
 * The pages give the other language's term on first use, so that either term finds the page:
 * 互斥锁（mutex） on a Chinese page, mutex (互斥锁) on an English one.
 *
 * For every glossary entry (content/glossary.ts) and every page its `taught` list names, the page's
 * prose must contain a name of the entry in the page's language (its term or an alias: 锁 for 互斥锁)
 * followed by a name of the entry in the other language in parentheses: 术语（term）, 术语 (term) or
 * term (术语). A code name or abbreviation both languages list (GIL, RLock) does not count as the other
 * language's: 全局解释器锁（GIL） gives no English term.
 *
 * Prose is the text of the parsed MDX outside headings, code, <Example> and <Illustration>, frontmatter,
 * imports and component attributes; inline code may stand inside the parentheses. English is matched
 * without regard to case, and an English name may take a plural ending (threads (线程)). A name inside a
 * longer name of another entry is not a use of it (锁 in 死锁, thread in main thread), nor is one inside a
 * word listed in OTHER_WORDS.
 *
 * Not checked: entries whose Chinese term already carries the English one (send 方法, Thread 类,
 * 任务（Task）, gather), and entries whose names the page's prose never uses, since there is no first
 * use to annotate (the test's name says which).
 *
 * The rule is checkFirstUse, a pure function of a page and a glossary: the fixtures below run it on
 * small pages and a small glossary of their own, then the site's pages are checked against the real one.
 */
import type { Nodes, Root } from 'mdast';
import { GLOSSARY } from '../../content/glossary.ts';
import { namesOf, type GlossaryEntry } from '../../site/lib/glossary.ts';
import type { Lang } from '../../site/lib/lang.ts';
import { parseMdx } from '../../site/lib/literate/index.ts';
import { escapeRegExp } from '../../site/lib/regexp.ts';

/** A page to check: its MDX (text, or already parsed), its language, its slug and what to call it in messages. */
export interface Page {
  mdx: string | Root;
  lang: Lang;
  /** Matched against the entries' `taught` targets ("page" or "page#section"). */
  slug: string;
  name: string;
}

export interface FirstUseReport {
  /** Entries taught on the page whose names its prose uses: each must be paired somewhere. */
  used: GlossaryEntry[];
  /** Entries taught on the page whose names its prose never uses: nothing to annotate. */
  unused: GlossaryEntry[];
  /** One message per used entry that is never followed by the other language's name. */
  problems: string[];
}

/** A paragraph (or table cell) of prose, flattened to one string. */
export interface Passage {
  line: number;
  text: string;
  /** For each character of `text`: whether it comes from inline code (wrapped in backticks). */
  code: boolean[];
}

/** Elements whose content is a program or its output, not prose. */
const NOT_PROSE_ELEMENTS = new Set(['Example', 'Illustration']);
/** Nodes that hold no prose at all. */
const NOT_PROSE_NODES = new Set(['yaml', 'code', 'heading', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The prose of a parsed page, one passage per paragraph or table cell (shared with tests/lint/test-talk.ts). */
export function passagesOf(tree: Root): Passage[] {
  const passages: Passage[] = [];
  let current: Passage | null = null;
  const append = (text: string, code: boolean) => {
    current!.text += text;
    for (let i = 0; i < text.length; i++) current!.code.push(code);
  };
  const walk = (node: Nodes) => {
    if (NOT_PROSE_NODES.has(node.type)) return;
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && NOT_PROSE_ELEMENTS.has(node.name ?? '')) return;
    if (node.type === 'text') return append(node.value, false);
    if (node.type === 'inlineCode') return append(`\`${node.value}\``, true);
    if (node.type === 'break') return append('\n', false);
    if (!('children' in node)) return;
    // A table cell holds inline content directly, with no paragraph around it (GFM tables).
    const opens = current === null && (node.type === 'paragraph' || node.type === 'tableCell');
    if (opens) current = { line: node.position?.start.line ?? 0, text: '', code: [] };
    for (const child of node.children) walk(child as Nodes);
    if (opens) {
      passages.push(current!);
      current = null;
    }
  };
  walk(tree);
  return passages;
}

export const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };
export const LANGUAGE: Record<Lang, string> = { zh: 'Chinese', en: 'English' };

const isLatin = (char: string) => /[\p{L}\p{N}_]/u.test(char) && !/\p{Script=Han}/u.test(char);
/** A name that starts like a word must not be the end of a longer word (lock in deadlock). */
const start = (name: string) => (isLatin(name[0] ?? '') ? '(?<![\\p{Script=Latin}\\p{N}_])' : '');
/** A name that ends like a word must not be the start of a longer one (async in asyncio). */
const end = (name: string) => (isLatin(name.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{N}_])' : '');

/** Words that contain a glossary name but mean something else (同步原语 is a synchronisation primitive, not 同步 as in synchronous). */
const OTHER_WORDS: Record<Lang, string[]> = { zh: ['同步原语'], en: [] };

/** The longer words a use of `name` may be part of without being a use of the entry: other entries' names and OTHER_WORDS. */
function longerWords(glossary: readonly GlossaryEntry[], entry: GlossaryEntry, name: string, lang: Lang): string[] {
  const words = [...glossary.filter((other) => other !== entry).flatMap((other) => namesOf(other, lang)), ...OTHER_WORDS[lang]];
  return words.filter((word) => word.length > name.length && word.toLowerCase().includes(name.toLowerCase()));
}

/** Whether the text at [from, to) is inline code or part of one of `words`. */
function isExcluded(passage: Passage, from: number, to: number, words: string[]): boolean {
  if (passage.code.slice(from, to).some(Boolean)) return true;
  return words.some((word) => [...passage.text.matchAll(new RegExp(escapeRegExp(word), 'giu'))].some((m) => m.index <= from && to <= m.index + m[0].length));
}

/** Where a name of the entry in the page's language is used in prose. */
function uses(glossary: readonly GlossaryEntry[], passage: Passage, entry: GlossaryEntry, name: string, lang: Lang): RegExpExecArray[] {
  const plural = lang === 'en' ? '(?:e?s)?' : '';
  const pattern = new RegExp(`${start(name)}${escapeRegExp(name)}${plural}${end(name)}`, 'giu');
  const words = longerWords(glossary, entry, name, lang);
  return [...passage.text.matchAll(pattern)].filter((match) => !isExcluded(passage, match.index, match.index + name.length, words));
}

/**
 * The entry's names in the other language, less the code names and abbreviations both languages list
 * (GIL, RLock, Queue, threading.local): those translate nothing, so 全局解释器锁（GIL） gives no English term.
 */
function otherNames(entry: GlossaryEntry, lang: Lang): string[] {
  const own = new Set(namesOf(entry, lang));
  return namesOf(entry, OTHER[lang]).filter((name) => !(own.has(name) && /[A-Z._()]/.test(name)));
}

/** A use of the name followed by one of the entry's names in the other language, in parentheses. */
function isPaired(glossary: readonly GlossaryEntry[], passage: Passage, entry: GlossaryEntry, name: string, lang: Lang): boolean {
  const plural = lang === 'en' ? '(?:e?s)?' : '';
  const other = otherNames(entry, lang).map((o) => `\`?${escapeRegExp(o)}\`?`).join('|');
  // The name may be quoted (“预激”（priming）); the other name may come after another one in the
  // parentheses (global interpreter lock (GIL, 全局解释器锁)), and the parentheses may go on after it
  // (互斥锁（mutex，mutual exclusion 的缩写）).
  const pattern = new RegExp(
    `${start(name)}${escapeRegExp(name)}${plural}[”"’」』]?\\s*[（(]\\s*(?:[^（）()]*?[，,；;、]\\s*)?(?:${other})\\s*(?:[）)]|[，,；;、])`,
    'giu',
  );
  const words = longerWords(glossary, entry, name, lang);
  return [...passage.text.matchAll(pattern)].some((match) => !isExcluded(passage, match.index, match.index + name.length, words));
}

/** send 方法, Thread 类, 任务（Task）, gather: the Chinese term already carries the English name. */
function isBilingualAlready(entry: GlossaryEntry): boolean {
  const latin = entry.term.zh.match(/[A-Za-z_][\w.]*/g) ?? [];
  return latin.length > 0 && latin.every((word) => entry.term.en.toLowerCase().includes(word.toLowerCase()));
}

/** What the page should write, e.g. 互斥锁（mutex） or mutex (互斥锁). */
function pair(name: string, other: string, lang: Lang): string {
  return lang === 'zh' ? `${name}（${other}）` : `${name} (${other})`;
}

/** The earliest use in prose of any name of the entry. */
function firstUse(glossary: readonly GlossaryEntry[], entry: GlossaryEntry, passages: Passage[], lang: Lang): { name: string; line: number } | null {
  for (const passage of passages) {
    let best: { name: string; index: number } | null = null;
    for (const name of namesOf(entry, lang)) {
      const match = uses(glossary, passage, entry, name, lang)[0];
      if (match && (best === null || match.index < best.index || (match.index === best.index && match[0].length > best.name.length))) {
        best = { name: match[0], index: match.index };
      }
    }
    if (best) return { name: best.name, line: passage.line + (passage.text.slice(0, best.index).match(/\n/g)?.length ?? 0) };
  }
  return null;
}

/** The entries a page must annotate: those taught on it, less those whose Chinese term is bilingual already. */
export function taughtOn(slug: string, glossary: readonly GlossaryEntry[]): GlossaryEntry[] {
  return glossary.filter((entry) => entry.taught?.some((target) => target.split('#')[0] === slug) && !isBilingualAlready(entry));
}

/** The rule: which entries taught on the page its prose uses, and the problem with each that it never pairs. */
export function checkFirstUse(page: Page, glossary: readonly GlossaryEntry[] = GLOSSARY): FirstUseReport {
  const { lang } = page;
  const other = OTHER[lang];
  const passages = passagesOf(typeof page.mdx === 'string' ? parseMdx(page.mdx) : page.mdx);
  const report: FirstUseReport = { used: [], unused: [], problems: [] };
  for (const entry of taughtOn(page.slug, glossary)) {
    const first = firstUse(glossary, entry, passages, lang);
    if (first === null) {
      report.unused.push(entry);
      continue;
    }
    report.used.push(entry);
    if (passages.some((passage) => namesOf(entry, lang).some((name) => isPaired(glossary, passage, entry, name, lang)))) continue;
    report.problems.push(
      `${page.name}: ${entry.term[lang]} / ${entry.term[other]} (glossary entry "${entry.id}") — its first use in the prose, ` +
        `"${first.name}" on line ${first.line}, gives no ${LANGUAGE[other]} term; write ${pair(first.name, entry.term[other], lang)}`,
    );
  }
  return report;
}
