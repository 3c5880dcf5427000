/**
 * The side-by-side view's split of a page into sections (site/lib/compare.ts), in Node: the ids it
 * rewrites, and each section's size summary, from which a row's box is estimated while it is off
 * screen. How close those boxes come in Chromium is tests/browser/offscreen.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { splitSections, textWidthEm } from '../../site/lib/compare.ts';

const page = [
  '<p>Intro, linking to <a href="#later">a section</a> and to <a href="#note">a note</a>.</p>',
  '<h2 id="first">First</h2>',
  '<p id="note">第一段</p>',
  '<h3 id="later">Later</h3>',
  '<p>End.</p>',
].join('');

test('starts a section at each heading with an id; every id gets the language as a prefix, and a link follows it unless it goes to a section (its row keeps the shared id)', () => {
  expect(splitSections(page, 'zh').map(({ id, html }) => ({ id, html }))).toMatchInlineSnapshot(`
    [
      {
        "html": "<p>Intro, linking to <a href="#later">a section</a> and to <a href="#zh-note">a note</a>.</p>",
        "id": "",
      },
      {
        "html": "<h2 id="zh-first">First</h2><p id="zh-note">第一段</p>",
        "id": "first",
      },
      {
        "html": "<h3 id="zh-later">Later</h3><p>End.</p>",
        "id": "later",
      },
    ]
  `);
});

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

describe('a section’s size summary', () => {
  const sizeOf = (html: string) => splitSections(`<h2 id="s">S</h2>${html}`, 'en')[0]!.size;
  test.each([
    ['a heading alone', '', { textEm: 1, codeLines: 0, figures: 0, blocks: 1 }],
    ['prose: each block and its text', '<p>线程</p><ul><li>thread</li></ul>', { textEm: 7, codeLines: 0, figures: 0, blocks: 3 }],
    ['a code block: its lines', '<pre class="astro-code"><code>a\nb\nc</code></pre>', { textEm: 1, codeLines: 3, figures: 0, blocks: 1 }],
    ['a wrapped code block too', '<div class="code-block"><pre><code>a\nb</code></pre></div>', { textEm: 1, codeLines: 2, figures: 0, blocks: 1 }],
    [
      'an example: a figure and the lines its blocks reserve, not its text',
      '<figure class="example"><figcaption>long caption</figcaption><div class="example-code" style="--lines: 12"><pre>…</pre></div><pre class="output" style="--lines: 3">…</pre></figure>',
      { textEm: 1, codeLines: 15, figures: 1, blocks: 1 },
    ],
    ['a figure without reserved lines', '<figure class="timeline"><svg></svg></figure>', { textEm: 1, codeLines: 0, figures: 1, blocks: 1 }],
  ])('%s', (_, html, size) => {
    expect(sizeOf(html)).toEqual(size);
  });
});
