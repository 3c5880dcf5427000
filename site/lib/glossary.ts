/**
 * The glossary's shape: groups of entries, each with its term, aliases and definition in both
 * languages and where it is taught. The entries themselves are reader content: content/glossary.ts.
 */
import type { Lang } from './lang.ts';

export type GroupId = 'threads' | 'shared-state' | 'cooperation' | 'generators' | 'async';

export interface GlossaryGroup {
  id: GroupId;
  title: Record<Lang, string>;
}

export interface GlossaryEntry {
  /** Anchor on the glossary page, the same in both languages. */
  id: string;
  group: GroupId;
  term: Record<Lang, string>;
  /** Other names a reader might type or a heading might use (also used by search). */
  aliases?: Partial<Record<Lang, string[]>>;
  /** What search looks for in this language when a reader types any name of the entry (default: the term). */
  keyword?: Partial<Record<Lang, string>>;
  /** One line, in our own words. */
  definition: Record<Lang, string>;
  /** "page" or "page#section-id", most specific first. Missing targets are skipped. */
  taught?: string[];
  /** Set to false when the term is too generic to link headings that merely contain it. */
  matchHeadings?: boolean;
}

/** Every name of an entry in one language: its term first, then its aliases. */
export function namesOf(entry: GlossaryEntry, lang: Lang): string[] {
  return [entry.term[lang], ...(entry.aliases?.[lang] ?? [])];
}
