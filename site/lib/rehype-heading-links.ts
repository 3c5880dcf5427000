/**
 * Permalinks on headings: every h2–h4 with an id gets an anchor link to itself, shown on hover
 * and focus. The link has no text (its "#" is drawn by CSS), so neither the table of contents nor
 * the search index sees it; screen readers get its aria-label.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { t } from './i18n.ts';

const text = (node: Element): string =>
  node.children.map((child) => (child.type === 'text' ? child.value : child.type === 'element' ? text(child) : '')).join('');

export default function rehypeHeadingLinks() {
  return (tree: Root, file: VFile) => {
    const lang = file.data.lang;
    if (!lang) return; // not a page of the chapter
    visit(tree, 'element', (node: Element) => {
      if (!/^h[2-4]$/.test(node.tagName)) return;
      const id = node.properties['id'];
      if (typeof id !== 'string' || id === '') return;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          ariaLabel: t(lang, 'heading.permalink', { title: text(node).trim() }),
        },
        children: [],
      });
    });
  };
}
