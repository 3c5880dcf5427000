/**
 * Splits a rendered page into its sections, for the side-by-side view: a section starts at each
 * h2–h4 with an id (the ids both languages share) and runs to the next one; what comes before
 * the first heading is the introduction (id '').
 *
 * Inside a column every id gets the language as a prefix (the row, not the heading, carries the
 * shared id), and links to ids are rewritten to match, so the view has no duplicate ids.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import type { Lang } from './lang.ts';

export interface Section {
  id: string;
  html: string;
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
    .map((section) => ({ id: section.id, html: toHtml({ type: 'root', children: section.nodes }) }));
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
