/**
 * The pages give the other language's term on first use, so that either term finds the page:
 * 互斥锁（mutex） on a Chinese page, mutex (互斥锁) on an English one.
 *
 * For every glossary entry (site/data/glossary.ts) and every page its `taught` list names, the page's
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
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Nodes, Root } from 'mdast';
import { describe, expect, test } from 'vitest';
import { GLOSSARY, namesOf, type GlossaryEntry } from '../site/data/glossary.ts';
import { listPages, locatePage, parseMdx, ROOT, type Lang } from '../site/lib/literate/index.ts';

/** A paragraph (or other run of inline content) of prose, flattened to one string. */
interface Passage {
  line: number;
  text: string;
  /** For each character of `text`: whether it comes from inline code (wrapped in backticks). */
  code: boolean[];
}

/** Elements whose content is a program or its output, not prose. */
const NOT_PROSE_ELEMENTS = new Set(['Example', 'Illustration']);
/** Nodes that hold no prose at all. */
const NOT_PROSE_NODES = new Set(['yaml', 'code', 'heading', 'html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

function passagesOf(tree: Root): Passage[] {
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
    const opens = current === null && node.type === 'paragraph';
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

const OTHER: Record<Lang, Lang> = { zh: 'en', en: 'zh' };
const LANGUAGE: Record<Lang, string> = { zh: 'Chinese', en: 'English' };

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (char: string) => /[\p{L}\p{N}_]/u.test(char) && !/\p{Script=Han}/u.test(char);
/** A name that starts like a word must not be the end of a longer word (lock in deadlock). */
const start = (name: string) => (isLatin(name[0] ?? '') ? '(?<![\\p{Script=Latin}\\p{N}_])' : '');
/** A name that ends like a word must not be the start of a longer one (async in asyncio). */
const end = (name: string) => (isLatin(name.at(-1) ?? '') ? '(?![\\p{Script=Latin}\\p{N}_])' : '');

/** Words that contain a glossary name but mean something else (同步原语 is a synchronisation primitive, not 同步 as in synchronous). */
const OTHER_WORDS: Record<Lang, string[]> = { zh: ['同步原语'], en: [] };

/** The longer words a use of `name` may be part of without being a use of the entry: other entries' names and OTHER_WORDS. */
function longerWords(entry: GlossaryEntry, name: string, lang: Lang): string[] {
  const words = [...GLOSSARY.filter((other) => other !== entry).flatMap((other) => namesOf(other, lang)), ...OTHER_WORDS[lang]];
  return words.filter((word) => word.length > name.length && word.toLowerCase().includes(name.toLowerCase()));
}

/** Whether the text at [from, to) is inline code or part of one of `words`. */
function isExcluded(passage: Passage, from: number, to: number, words: string[]): boolean {
  if (passage.code.slice(from, to).some(Boolean)) return true;
  return words.some((word) => [...passage.text.matchAll(new RegExp(escape(word), 'giu'))].some((m) => m.index <= from && to <= m.index + m[0].length));
}

/** Where a name of the entry in the page's language is used in prose. */
function uses(passage: Passage, entry: GlossaryEntry, name: string, lang: Lang): RegExpExecArray[] {
  const plural = lang === 'en' ? '(?:e?s)?' : '';
  const pattern = new RegExp(`${start(name)}${escape(name)}${plural}${end(name)}`, 'giu');
  const words = longerWords(entry, name, lang);
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
function isPaired(passage: Passage, entry: GlossaryEntry, name: string, lang: Lang): boolean {
  const plural = lang === 'en' ? '(?:e?s)?' : '';
  const other = otherNames(entry, lang).map((o) => `\`?${escape(o)}\`?`).join('|');
  // The name may be quoted (“预激”（priming）); the other name may come after another one in the
  // parentheses (global interpreter lock (GIL, 全局解释器锁)), and the parentheses may go on after it
  // (互斥锁（mutex，mutual exclusion 的缩写）).
  const pattern = new RegExp(
    `${start(name)}${escape(name)}${plural}[”"’」』]?\\s*[（(]\\s*(?:[^（）()]*?[，,；;、]\\s*)?(?:${other})\\s*(?:[）)]|[，,；;、])`,
    'giu',
  );
  const words = longerWords(entry, name, lang);
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

/** The problem with one entry on one page, or null. */
function checkEntry(entry: GlossaryEntry, passages: Passage[], lang: Lang, page: string): string | null {
  const other = OTHER[lang];
  if (passages.some((passage) => namesOf(entry, lang).some((name) => isPaired(passage, entry, name, lang)))) return null;
  const first = firstUse(entry, passages, lang)!;
  return (
    `${page}: ${entry.term[lang]} / ${entry.term[other]} (glossary entry "${entry.id}") — its first use in the prose, ` +
    `"${first.name}" on line ${first.line}, gives no ${LANGUAGE[other]} term; write ${pair(first.name, entry.term[other], lang)}`
  );
}

/** The earliest use in prose of any name of the entry. */
function firstUse(entry: GlossaryEntry, passages: Passage[], lang: Lang): { name: string; line: number } | null {
  for (const passage of passages) {
    let best: { name: string; index: number } | null = null;
    for (const name of namesOf(entry, lang)) {
      const match = uses(passage, entry, name, lang)[0];
      if (match && (best === null || match.index < best.index || (match.index === best.index && match[0].length > best.name.length))) {
        best = { name: match[0], index: match.index };
      }
    }
    if (best) return { name: best.name, line: passage.line + (passage.text.slice(0, best.index).match(/\n/g)?.length ?? 0) };
  }
  return null;
}

describe("a glossary term's first use gives the other language's term", () => {
  for (const file of listPages()) {
    const where = locatePage(file);
    if (!where) continue;
    const { lang, slug } = where;
    const page = path.relative(ROOT, file);
    const entries = GLOSSARY.filter((entry) => entry.taught?.some((target) => target.split('#')[0] === slug) && !isBilingualAlready(entry));
    if (entries.length === 0) continue;
    const passages = passagesOf(parseMdx(readFileSync(file, 'utf8')));
    const used = entries.filter((entry) => firstUse(entry, passages, lang) !== null);
    const unused = entries.filter((entry) => !used.includes(entry));
    const terms = (list: GlossaryEntry[]) => list.map((entry) => entry.term[lang]).join(', ');
    const name =
      (used.length > 0 ? `${page} gives the ${LANGUAGE[OTHER[lang]]} term after ${terms(used)}` : `${page} has no glossary term to pair`) +
      (unused.length > 0 ? ` (the glossary lists it for ${terms(unused)}, which its prose never names)` : '');
    test(name, () => {
      expect(used.map((entry) => checkEntry(entry, passages, lang, page)).filter((problem) => problem !== null)).toEqual([]);
    });
  }
});
