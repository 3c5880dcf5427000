/**
 * Splits a rendered page into its sections, for the side-by-side view: a section starts at each
 * h2–h4 with an id (the ids both languages share) and runs to the next one; what comes before
 * the first heading is the introduction (id '').
 *
 * Inside a column every id gets the language as a prefix (the row, not the heading, carries the
 * shared id), and links to ids are rewritten to match, so the view has no duplicate ids.
 *
 * Each section also gets a summary of its size (SectionSize): while a row of the view is off screen,
 * the browser does not lay it out, and the box it keeps meanwhile is estimated from these
 * (SideBySide.astro).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Lang } from './lang.ts';

export interface Section {
  id: string;
  html: string;
  size: SectionSize;
}

/** What a section's height mostly comes from, counted without laying it out. */
export interface SectionSize {
  /** The width of its prose set on one line, in em: divided by a column's width, its lines. */
  textEm: number;
  /** Lines of code and output, each a fixed height. */
  codeLines: number;
  /** Figures, each with a frame of about fixed height (a file name, versions, labels, buttons). */
  figures: number;
  /** Blocks of prose (paragraphs, headings, lists, tables), each with a margin. */
  blocks: number;
}

// A Chinese character (or any full-width one) takes 1em; other text about half of that.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW_EM = 0.55;

/** About how wide a text is, in em, set on one line in the site's fonts. */
export function textWidthEm(text: string): number {
  let em = 0;
  for (const char of text.replace(/\s+/g, ' ').trim()) em += WIDE.test(char) ? 1 : NARROW_EM;
  return Math.ceil(em);
}

/** The lines a block reserves for itself (`--lines` in its style, Example.astro), or 0. */
const reservedLines = (node: Element): number => Number(/--lines:\s*(\d+)/.exec(String(node.properties['style'] ?? ''))?.[1] ?? 0);

function sizeOf(nodes: RootContent[]): SectionSize {
  const size: SectionSize = { textEm: 0, codeLines: 0, figures: 0, blocks: 0 };
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    const figures = node.tagName === 'figure' ? [node] : selectAll('figure', node);
    if (figures.length > 0) {
      size.figures += figures.length;
      size.codeLines += selectAll('[style*="--lines"]', node).reduce((sum, block) => sum + reservedLines(block), 0);
    } else if (node.tagName === 'pre' || selectAll('pre', node).length > 0) {
      size.codeLines += toText(node).split('\n').length;
    } else {
      size.blocks += 1;
      size.textEm += textWidthEm(toText(node));
    }
  }
  return size;
}

const isSectionHeading = (node: RootContent): node is Element =>
  node.type === 'element' && /^h[2-4]$/.test(node.tagName) && typeof node.properties['id'] === 'string';

export function splitSections(html: string, lang: Lang): Section[] {
  const tree: Root = fromHtml(html, { fragment: true });
  const sectionIds = new Set<string>();
  for (const node of tree.children) if (isSectionHeading(node)) sectionIds.add(String(node.properties['id']));

  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties['id'] === 'string') ids.add(node.properties['id']);
  });
  visit(tree, 'element', (node: Element) => {
    const id = node.properties['id'];
    if (typeof id === 'string') node.properties['id'] = `${lang}-${id}`;
    const href = node.properties['href'];
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#')) {
      const target = decodeURIComponent(href.slice(1));
      if (!sectionIds.has(target) && ids.has(target)) node.properties['href'] = `#${lang}-${target}`;
    }
  });

  const sections: Array<{ id: string; nodes: RootContent[] }> = [{ id: '', nodes: [] }];
  for (const node of tree.children) {
    if (isSectionHeading(node)) sections.push({ id: String(node.properties['id']).slice(lang.length + 1), nodes: [] });
    sections.at(-1)!.nodes.push(node);
  }
  return sections
    .filter((section) => section.id !== '' || section.nodes.some((node) => node.type === 'element'))
    .map((section) => ({ id: section.id, html: toHtml({ type: 'root', children: section.nodes }), size: sizeOf(section.nodes) }));
}

/** Row order: the left column's sections, with any the right column alone has after their predecessor. */
export function alignSections(left: Section[], right: Section[]): string[] {
  const order = left.map((section) => section.id);
  right.forEach((section, i) => {
    if (order.includes(section.id)) return;
    const before = i === 0 ? -1 : order.indexOf(right[i - 1]!.id);
    order.splice(before + 1, 0, section.id);
  });
  return order;
}
