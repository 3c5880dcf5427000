/**
 * The built site shows what the tests check: every page in both languages, linked to its twin,
 * with the same section ids, and every example with exactly its documented output.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { describe, expect, test } from 'vitest';
import { project } from '../../literate.config.ts';
import { listPages, placeholderLabel, readPage } from '../../site/lib/literate/index.ts';
import astroConfig from '../../astro.config.mjs';
import { HTML_LANG, otherLang } from '../../site/lib/i18n.ts';

const DIST = path.join(project.root, 'dist');
const html = (url: string): Root => fromHtml(readFileSync(path.join(DIST, url, 'index.html'), 'utf8'));
const attribute = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');

test('the root page offers both languages', () => {
  const links = selectAll('a[href]', html('/')).map((a) => attribute(a, 'href'));
  expect(links).toEqual(expect.arrayContaining(['/zh/', '/en/']));
});

const files = listPages(project);

test('there are pages to check, in both languages', () => {
  // The tests below are made per page: with none found, they would all be missing and nothing fail.
  expect(new Set(files.map((file) => readPage(file, project).lang))).toEqual(new Set(['zh', 'en']));
});

for (const file of files) {
  const page = readPage(file, project);
  const url = `/${page.lang}/${page.slug}/`;

  describe(url, () => {
    const tree = existsSync(path.join(DIST, url, 'index.html')) ? html(url) : null;

    test('is built', () => {
      expect(tree).not.toBeNull();
    });

    test('declares its language', () => {
      expect(attribute(select('html', tree!), 'lang')).toBe(HTML_LANG[page.lang]);
    });

    test('links to its twin in the other language', () => {
      expect(attribute(select('[data-language-switch]', tree!), 'href')).toBe(`/${otherLang(page.lang)}/${page.slug}/`);
    });

    test('names its absolute address and its twin’s, from the configured site address', () => {
      const absolute = (address: string) => new URL(address, astroConfig.site).href;
      const twin = `/${otherLang(page.lang)}/${page.slug}/`;
      expect(absolute(url)).toMatch(/^https?:\/\//);
      expect(attribute(select('link[rel=canonical]', tree!), 'href')).toBe(absolute(url));
      const alternates = selectAll('link[rel=alternate]', tree!).map((link) => [attribute(link, 'hrefLang'), attribute(link, 'href')]);
      expect(alternates).toEqual([
        [HTML_LANG[page.lang], absolute(url)],
        [HTML_LANG[otherLang(page.lang)], absolute(twin)],
      ]);
    });

    test('gives every section its shared id', () => {
      const ids = selectAll('main :is(h2, h3, h4)[id]', tree!).map((heading) => attribute(heading, 'id'));
      expect(ids).toEqual(page.sections.map((section) => section.id));
    });

    test('shows every example with exactly its documented output', () => {
      const figures = selectAll('figure.example', tree!);
      expect(figures.map((figure) => attribute(figure, 'dataExample'))).toEqual(page.examples.map((example) => example.src));
      figures.forEach((figure, i) => {
        // The output panel only (not the stacks of a hung example), with its whitespace kept as in <pre>.
        const output = select('.example-output:not(.example-stacks)', figure);
        const shown = selectAll('.output-line:not(.stderr) .output-text', output).map((line) => toText(line, { whitespace: 'pre' }));
        const documented = page.examples[i]!.expected.map((line) =>
          line.pieces.map((piece) => (piece.kind === 'text' ? piece.text : placeholderLabel(piece))).join(''),
        );
        expect(shown).toEqual(documented);
      });
    });

    test('highlights each example program with Shiki', () => {
      const figures = selectAll('figure.example', tree!);
      expect(figures).toHaveLength(page.examples.length);
      for (const figure of figures) expect(select('pre.shiki', figure)).toBeTruthy();
    });
  });
}
