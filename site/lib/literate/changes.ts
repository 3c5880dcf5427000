/**
 * Entries of the "What changed since the chapter" page: <Change example="…" since="3.10">.
 * Each names the example that shows today's behaviour and the version since which it holds,
 * and is checked against the committed version matrix (itself re-run by the matrix test):
 *   since="always"  the example prints its documented output on every CPython column (either build)
 *   since="3.10"    it does not before 3.10, and does from 3.10 on
 *   until="3.12"    it does before 3.12 (the chapter's behaviour), and no longer from 3.12 on
 */
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { LiterateError, type LiterateConfig } from './config.ts';
import { compareVersions, minorOf } from './interpreters.ts';
import { columnName, exampleKey, type Matrix } from './matrix.ts';

export interface ChangeSpec<L extends string = string> {
  file: string;
  line: number;
  lang: L;
  /** The example's src, on some page of the same language. */
  example: string;
  /** The version the behaviour the example documents holds from ("always": every version)... */
  since?: string;
  /** ...or the version from which the behaviour the example documents no longer holds. */
  until?: string;
}

/** A <Change> element of a page, read into its spec. */
export function readChange<L extends string>(node: MdxJsxFlowElement, file: string, lang: L, config: LiterateConfig<L>): ChangeSpec<L> {
  const attribute = (name: string) => node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  const line = node.position?.start.line ?? 0;
  const example = attribute('example');
  const since = attribute('since');
  const until = attribute('until');
  if (typeof example !== 'string' || (typeof since === 'string') === (typeof until === 'string'))
    throw new LiterateError(config, file, line, '<Change> needs example="…" and either since="…" or until="…"', 'name the example and the version its documented behaviour holds since ("always" if on every version), or until');
  return { file, line, lang, example, ...(typeof since === 'string' ? { since } : { until: until as string }) };
}

/** What the committed matrix says against this entry; empty when it backs the entry. */
export function changeEvidenceProblems(change: ChangeSpec, matrix: Matrix): string[] {
  const row = matrix.cells[exampleKey({ lang: change.lang, src: change.example })];
  if (!row) return [`example ${change.example} is not in the version matrix (is it on a ${change.lang} page? run npm run matrix)`];
  const problems: string[] = [];
  // Both builds of CPython count (an entry is about CPython); Pyodide's event loop is its own.
  for (const column of matrix.columns.filter((c) => c.runtime === 'cpython')) {
    const documented = row[column.id]?.status === 'documented';
    const minor = minorOf(column.version);
    const expected = change.until !== undefined ? compareVersions(minor, change.until) < 0 : change.since === 'always' || compareVersions(minor, change.since!) >= 0;
    if (documented !== expected)
      problems.push(`on ${columnName(column)} the example ${documented ? 'prints' : 'does not print'} its documented output (${row[column.id]?.status}), but the entry says ${changeLabel(change)}`);
  }
  return problems;
}

export const changeLabel = (change: ChangeSpec) => (change.until !== undefined ? `until ${change.until}` : `since ${change.since}`);
