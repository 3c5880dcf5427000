/**
 * Translation parity: every page exists in both languages, with the same sections (same ids,
 * in the same order) and the same examples, and each example's two programs are the same
 * program: identical token streams once string literals and comments are set aside.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { langsOf, LiterateError, type LiterateConfig } from './config.ts';
import type { Page } from './page.ts';
import { defaultPython, realInterpreter } from './processes.ts';

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

/** A page whose twin in another language is not there (the build checks this much on its own). */
export function missingTwin<L extends string>(page: Page<L>, config: LiterateConfig<L>): LiterateError | null {
  for (const other of langsOf(config).filter((lang) => lang !== page.lang)) {
    const twin = path.join(config.contentDir, other, `${page.slug}.mdx`);
    if (!existsSync(twin)) return new LiterateError(config, page.file, 1, `has no ${config.languages[other]} twin`, `write ${path.relative(path.dirname(config.contentDir), twin)}`);
  }
  return null;
}

/**
 * Everything that breaks parity between a page and its twins; empty when they are twins. The
 * first language's page is the one each twin is compared with.
 */
export function checkTwins<L extends string>(pages: Page<L>[], config: LiterateConfig<L>): LiterateError[] {
  const problems: LiterateError[] = [];
  const bySlug = new Map<string, Partial<Record<L, Page<L>>>>();
  for (const page of pages) bySlug.set(page.slug, { ...bySlug.get(page.slug), [page.lang]: page });
  const [first, ...others] = langsOf(config);
  const shown = (file: string) => path.relative(path.dirname(config.contentDir), file);

  const programPairs: Array<[string, string, Page<L>]> = [];
  for (const twins of bySlug.values()) {
    const reference = twins[first!];
    const missing = langsOf(config).find((lang) => !twins[lang]);
    if (!reference || missing) {
      const page = Object.values<Page<L> | undefined>(twins).find(Boolean)!;
      problems.push(missingTwin(page, config) ?? new LiterateError(config, page.file, 1, 'its twin was not read', 'pass every language\'s pages to checkTwins'));
      continue;
    }
    for (const lang of others) {
      const twin = twins[lang]!;
      const name = config.languages[lang];
      problems.push(...compareSequence(reference, twin, name, config, (page) => page.sections.map((s) => ({ key: s.id, line: s.line })), 'section ids'));
      const exampleProblems = compareSequence(reference, twin, name, config, (page) => page.examples.map((e) => ({ key: e.src, line: e.line })), 'examples');
      problems.push(...exampleProblems);
      if (exampleProblems.length === 0) reference.examples.forEach((example, i) => programPairs.push([example.snippet, twin.examples[i]!.snippet, reference]));
    }
  }

  const tokens = programTokens(programPairs.flatMap(([a, b]) => [a, b]));
  for (const [aFile, bFile, page] of programPairs) {
    const difference = firstDifference(tokens.get(aFile)!, tokens.get(bFile)!);
    if (difference) problems.push(new LiterateError(config, aFile, difference.referenceLine, `is not the same program as ${shown(bFile)}:${difference.twinLine}: ${difference.what}`, `the twins may differ only in strings and comments (page ${shown(page.file)})`));
  }
  return problems;
}

function compareSequence<L extends string>(reference: Page<L>, twin: Page<L>, twinName: string, config: LiterateConfig, items: (page: Page<L>) => Array<{ key: string; line: number }>, what: string): LiterateError[] {
  const a = items(reference);
  const b = items(twin);
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i]?.key === b[i]?.key) continue;
    const referenceItem = a[i] ? `"${a[i]!.key}"` : 'nothing';
    const twinItem = b[i] ? `"${b[i]!.key}" (line ${b[i]!.line})` : 'nothing';
    return [
      new LiterateError(config, reference.file, a[i]?.line ?? 1, `${what} differ from the ${twinName} twin: item ${i + 1} is ${referenceItem} here and ${twinItem} in ${path.basename(path.dirname(twin.file))}/${path.basename(twin.file)}`, `give both languages the same ${what}, in the same order`),
    ];
  }
  return [];
}

function firstDifference(reference: Token[] | string, twin: Token[] | string): { referenceLine: number; twinLine: number; what: string } | null {
  if (typeof reference === 'string' || typeof twin === 'string') return { referenceLine: 1, twinLine: 1, what: `cannot tokenize: ${typeof reference === 'string' ? reference : twin}` };
  const length = Math.max(reference.length, twin.length);
  for (let i = 0; i < length; i++) {
    const a = reference[i];
    const b = twin[i];
    if (a && b && a[0] === b[0] && a[1] === b[1]) continue;
    return { referenceLine: a?.[2] ?? reference.at(-1)?.[2] ?? 1, twinLine: b?.[2] ?? twin.at(-1)?.[2] ?? 1, what: `${a ? `"${a[1]}"` : 'end of file'} here, ${b ? `"${b[1]}"` : 'end of file'} there` };
  }
  return null;
}
