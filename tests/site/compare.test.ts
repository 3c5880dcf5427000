/**
 * The side-by-side view's split of a page into sections (site/lib/compare.ts), in Node: the ids it
 * rewrites, and the size estimates it puts on paragraphs and tables for the boxes they keep while
 * off screen. How close those boxes come in Chromium is tests/browser/offscreen.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { splitSections, textWidthEm } from '../../site/lib/compare.ts';

describe('textWidthEm', () => {
  test.each([
    ['', 0],
    ['线程', 2],
    ['thread', 4], // 6 × 0.55 = 3.3, rounded up
    ['两个 thread', 6], // 2 + 0.55 × 7 (the space too)
    ['（全角）', 4],
    ['a\n\n  b', 2], // runs of white space count as one space
  ])('%j is about %i em wide', (text, em) => {
    expect(textWidthEm(text)).toBe(em);
  });
});

describe('splitSections', () => {
  const page = [
    '<p>Intro with a <a href="#later">link</a>.</p>',
    '<h2 id="first">First</h2>',
    '<p>第一段</p>',
    '<table><tr><th>A</th><th>B</th></tr><tr><td>一二三</td><td>x</td></tr></table>',
    '<h3 id="later">Later</h3>',
    '<ul><li>no estimate for a list</li></ul>',
  ].join('');

  test('starts a section at each heading with an id, prefixing ids and the links to them with the language', () => {
    const sections = splitSections(page, 'zh');
    expect(sections.map((section) => section.id)).toEqual(['', 'first', 'later']);
    expect(sections[2]!.html).toContain('<h3 id="zh-later">');
  });

  test('gives a paragraph its text width in em, and a table its rows, columns and widest cells', () => {
    expect(splitSections(page, 'en').map((section) => section.html)).toMatchInlineSnapshot(`
      [
        "<p style="--text-em: 10">Intro with a <a href="#later">link</a>.</p>",
        "<h2 id="en-first">First</h2><p style="--text-em: 3">第一段</p><table style="--rows: 2; --columns: 2; --widest-cells-em: 4"><tbody><tr><th>A</th><th>B</th></tr><tr><td>一二三</td><td>x</td></tr></tbody></table>",
        "<h3 id="en-later">Later</h3><ul><li>no estimate for a list</li></ul>",
      ]
    `);
  });
});
