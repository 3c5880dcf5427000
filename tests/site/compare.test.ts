/** The side-by-side view's split of a page into sections (site/lib/compare.ts), in Node. */
import { expect, test } from 'vitest';
import { splitSections } from '../../site/lib/compare.ts';

const page = [
  '<p>Intro, linking to <a href="#later">a section</a> and to <a href="#note">a note</a>.</p>',
  '<h2 id="first">First</h2>',
  '<p id="note">第一段</p>',
  '<h3 id="later">Later</h3>',
  '<p>End.</p>',
].join('');

test('starts a section at each heading with an id; every id gets the language as a prefix, and a link follows it unless it goes to a section (its row keeps the shared id)', () => {
  expect(splitSections(page, 'zh')).toMatchInlineSnapshot(`
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
