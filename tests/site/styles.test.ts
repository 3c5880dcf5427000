/**
 * Styles are owned by what they style: a small global layer (site/styles/) and a scoped <style> in
 * each component. No style sheet grows past what one reads at a sitting, and no selector is written
 * in two files, where one would quietly override the other depending on load order.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss, { type AtRule, type Rule } from 'postcss';
import { expect, test } from 'vitest';

const SITE = fileURLToPath(new URL('../../site/', import.meta.url));
const MAX_LINES = 300;

interface StyleSheet {
  file: string;
  css: string;
}

/** A file's styles: a .css file whole, a component's <style> blocks joined. */
function stylesOf(file: string, text: string): StyleSheet {
  const css = file.endsWith('.css') ? text : [...text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!).join('\n');
  return { file, css };
}

/** Each selector a sheet's rules are written for, spaced as one; keyframe steps are not selectors. */
function selectorsOf({ file, css }: StyleSheet): string[] {
  const selectors: string[] = [];
  postcss.parse(css, { from: file }).walkRules((rule: Rule) => {
    if (rule.parent?.type === 'atrule' && /keyframes$/.test((rule.parent as AtRule).name)) return;
    selectors.push(...rule.selectors.map((selector) => selector.replace(/\s+/g, ' ').trim()));
  });
  return selectors;
}

const sheets = readdirSync(SITE, { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && /\.(astro|css)$/.test(entry.name))
  .map((entry) => path.join(entry.parentPath, entry.name))
  .map((file) => stylesOf(path.relative(SITE, file), readFileSync(file, 'utf8')))
  .filter((sheet) => sheet.css.trim() !== '');

test('there are global and component styles to check', () => {
  expect(sheets.map((sheet) => sheet.file)).toEqual(expect.arrayContaining(['styles/tokens.css', 'styles/base.css', 'components/Example.astro']));
});

test.each([
  ['a rule', '.a { color: red }', ['.a']],
  ['a list, spaced as one', '.a ,\n  .b   > p { color: red }', ['.a', '.b > p']],
  ['rules inside @media and @supports', '@media (width < 40em) { .a { color: red } } @supports (x: y) { .b { color: red } }', ['.a', '.b']],
  ['not keyframe steps', '@keyframes spin { from { rotate: 0 } 50% { rotate: 1turn } }', []],
])('selectorsOf reads %s', (_what, css, expected) => {
  expect(selectorsOf({ file: 'x.css', css })).toEqual(expected);
});

test('stylesOf keeps only a component’s <style> blocks', () => {
  expect(stylesOf('A.astro', '<p class="a">x</p>\n<style>\n  .a { color: red }\n</style>\n<style is:global>.b{}</style>').css).toMatchInlineSnapshot(`
    "
      .a { color: red }

    .b{}"
  `);
});

test.each(sheets.map((sheet) => [sheet.file, sheet] as const))(`%s has at most ${MAX_LINES} lines of style`, (_file, sheet) => {
  expect(sheet.css.split('\n').length, 'split the styles between the components they style').toBeLessThanOrEqual(MAX_LINES);
});

test('no selector is written in two files', () => {
  const files = new Map<string, Set<string>>();
  for (const sheet of sheets) for (const selector of selectorsOf(sheet)) files.set(selector, (files.get(selector) ?? new Set()).add(sheet.file));
  const shared = Object.fromEntries([...files].filter(([, where]) => where.size > 1).map(([selector, where]) => [selector, [...where].sort()]));
  expect(shared, 'each selector belongs in the one file that owns what it styles').toEqual({});
});
