/**
 * Translation parity: every page exists in both languages, with the same sections (same ids,
 * in the same order) and the same examples, and each example's two programs are the same
 * program: identical token streams once string literals and comments are set aside.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LANGS, LiterateError, PROJECT, type Lang, type Layout, type Page } from './examples.ts';
import { defaultPython, realInterpreter } from './run-snippet.ts';

const TOKENS = fileURLToPath(new URL('./python/tokens.py', import.meta.url));

type Token = [type: string, text: string, line: number];

/** Token streams of Python files, without strings and comments (via Python's own tokenize). */
export function programTokens(files: string[], python = defaultPython()): Map<string, Token[] | string> {
  if (files.length === 0) return new Map();
  const run = spawnSync(realInterpreter(python), ['-S', '-X', 'utf8', TOKENS, ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`tokens.py failed: ${run.stderr || run.error?.message}`);
  const parsed = JSON.parse(run.stdout) as Record<string, { tokens?: Token[]; error?: string }>;
  return new Map(Object.entries(parsed).map(([file, entry]) => [file, entry.tokens ?? entry.error ?? 'no tokens']));
}

const twinPath = (page: Page, lang: Lang, layout: Layout) => path.join(layout.contentDir, lang, `${page.slug}.mdx`);

/** A page whose other-language twin is not there (the build checks this much on its own). */
export function missingTwin(page: Page, layout: Layout = PROJECT): LiterateError | null {
  const other: Lang = page.lang === 'zh' ? 'en' : 'zh';
  const twin = twinPath(page, other, layout);
  if (existsSync(twin)) return null;
  return new LiterateError(page.file, 1, `has no ${other === 'en' ? 'English' : 'Chinese'} twin`, `write ${path.relative(path.dirname(layout.contentDir), twin)}`);
}

/** Everything that breaks parity between the zh and en pages; empty when they are twins. */
export function checkTwins(pages: Page[], layout: Layout = PROJECT): LiterateError[] {
  const problems: LiterateError[] = [];
  const bySlug = new Map<string, Partial<Record<Lang, Page>>>();
  for (const page of pages) bySlug.set(page.slug, { ...bySlug.get(page.slug), [page.lang]: page });

  const programPairs: Array<[string, string, Page]> = [];
  for (const twins of bySlug.values()) {
    const [zh, en] = LANGS.map((lang) => twins[lang]);
    if (!zh || !en) {
      const page = (zh ?? en)!;
      problems.push(missingTwin(page, layout) ?? new LiterateError(page.file, 1, 'its twin was not read', 'pass both languages\' pages to checkTwins'));
      continue;
    }
    problems.push(...compareSequence(zh, en, (page) => page.sections.map((s) => ({ key: s.id, line: s.line })), 'section ids'));
    const exampleProblems = compareSequence(zh, en, (page) => page.examples.map((e) => ({ key: e.src, line: e.line })), 'examples');
    problems.push(...exampleProblems);
    if (exampleProblems.length === 0) zh.examples.forEach((example, i) => programPairs.push([example.snippet, en.examples[i]!.snippet, zh]));
  }

  const tokens = programTokens(programPairs.flatMap(([zh, en]) => [zh, en]));
  for (const [zhFile, enFile, page] of programPairs) {
    const difference = firstDifference(tokens.get(zhFile)!, tokens.get(enFile)!);
    if (difference) problems.push(new LiterateError(zhFile, difference.zhLine, `is not the same program as ${path.relative(path.dirname(layout.contentDir), enFile)}:${difference.enLine}: ${difference.what}`, `the twins may differ only in strings and comments (page ${path.relative(path.dirname(layout.contentDir), page.file)})`));
  }
  return problems;
}

function compareSequence(zh: Page, en: Page, items: (page: Page) => Array<{ key: string; line: number }>, what: string): LiterateError[] {
  const a = items(zh);
  const b = items(en);
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i]?.key === b[i]?.key) continue;
    const zhItem = a[i] ? `"${a[i]!.key}"` : 'nothing';
    const enItem = b[i] ? `"${b[i]!.key}" (line ${b[i]!.line})` : 'nothing';
    return [
      new LiterateError(zh.file, a[i]?.line ?? 1, `${what} differ from the English twin: item ${i + 1} is ${zhItem} here and ${enItem} in ${path.basename(path.dirname(en.file))}/${path.basename(en.file)}`, `give both languages the same ${what}, in the same order`),
    ];
  }
  return [];
}

function firstDifference(zh: Token[] | string, en: Token[] | string): { zhLine: number; enLine: number; what: string } | null {
  if (typeof zh === 'string' || typeof en === 'string') return { zhLine: 1, enLine: 1, what: `cannot tokenize: ${typeof zh === 'string' ? zh : en}` };
  const length = Math.max(zh.length, en.length);
  for (let i = 0; i < length; i++) {
    const a = zh[i];
    const b = en[i];
    if (a && b && a[0] === b[0] && a[1] === b[1]) continue;
    return { zhLine: a?.[2] ?? zh.at(-1)?.[2] ?? 1, enLine: b?.[2] ?? en.at(-1)?.[2] ?? 1, what: `${a ? `"${a[1]}"` : 'end of file'} here, ${b ? `"${b[1]}"` : 'end of file'} there` };
  }
  return null;
}
