/**
 * The site built under a sub-path (SUB_PATH_BUILD, as a GitHub Pages project site is served) names
 * no URL outside it: no attribute of any page, no absolute URL on the site's address, no script
 * and no style sheet. A root-absolute URL there ("/zh/" for "/py-concurrency/zh/") is a broken link.
 * Pagefind's own bundle (pagefind/) is left out: it takes its path from where it was loaded, and
 * the browser tests search under the sub-path. URLs that scripts make from data at run time (a
 * search result's) are for those browser tests too: here, only the literals a script holds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import { describe, expect, test } from 'vitest';
import astroConfig from '../../astro.config.mjs';
import { SUB_PATH_BUILD } from './build-site.ts';

const { base, outDir } = SUB_PATH_BUILD;
const site = new URL(astroConfig.site!);

/** Every file of the build, as a path inside it, but Pagefind's own. */
const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => !file.startsWith(`pagefind${path.sep}`))
  .sort();
const read = (file: string) => readFileSync(path.join(outDir, file), 'utf8');

/** What the site has at its root (zh, en, _astro, …): a root-absolute path to one of these left the base path. */
const topLevel = readdirSync(outDir).map((name) => name.replace(/[.]/g, '\\.'));

/** Whether a URL as an attribute holds it leaves the base path: a path from the root, or an absolute URL on the site's address, that is not under it. */
function leavesBase(url: string): boolean {
  if (url.startsWith('/') && !url.startsWith('//')) return !url.startsWith(base);
  if (!/^(?:https?:)?\/\//.test(url)) return false; // relative, a fragment, data:, mailto:
  const parsed = new URL(url, site);
  return parsed.origin === site.origin && !parsed.pathname.startsWith(base);
}

/** The URLs an attribute holds: the value itself, each candidate of a srcset, and the strings inside a data-* value (JSON). */
function urlsIn(name: string, value: string): string[] {
  if (name === 'srcSet') return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!);
  if (/^data[A-Z]/.test(name)) return [value, ...[...value.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => match[1]!)];
  return [value];
}

/** Attributes that hold a URL. `content` is a meta element's (og:url, og:image, refresh). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'poster', 'cite', 'data', 'content']);

/** Literals in code that name a path from the root into the site: "/pagefind/", '/zh/', `/_astro/…`, url(/en/…). */
const ROOT_LITERAL = new RegExp(`(?:["'\`(]|url\\(\\s*)/(?:${topLevel.join('|')})(?=[/"'\`)?#]|$)`, 'g');
const rootLiterals = (code: string) => code.match(ROOT_LITERAL) ?? [];

const pages = files.filter((file) => file.endsWith('.html'));
const trees = new Map(pages.map((file) => [file, fromHtml(read(file))]));

/** Every URL an attribute of the pages holds, as "page: attribute=value". */
const attributeUrls = [...trees].flatMap(([file, tree]) => {
  const found: Array<{ where: string; url: string }> = [];
  visit(tree, 'element', (node: Element) => {
    for (const [name, value] of Object.entries(node.properties)) {
      if (!URL_ATTRIBUTES.has(name) && !/^data[A-Z]/.test(name)) continue;
      for (const url of urlsIn(name, Array.isArray(value) ? value.join(' ') : String(value))) found.push({ where: `${file}: <${node.tagName} ${name}>`, url });
    }
  });
  return found;
});

/** Inline scripts and styles of the pages, and the bundled scripts and style sheets. */
const code = [
  ...[...trees].flatMap(([file, tree]) => {
    const inline: Array<{ where: string; text: string }> = [];
    visit(tree, 'element', (node: Element) => {
      if ((node.tagName === 'script' && node.properties['src'] === undefined) || node.tagName === 'style') inline.push({ where: `${file}: <${node.tagName}>`, text: toText(node) });
      const style = node.properties['style'];
      if (typeof style === 'string') inline.push({ where: `${file}: <${node.tagName} style>`, text: style });
    });
    return inline;
  }),
  ...files.filter((file) => /\.(?:m?js|css)$/.test(file)).map((file) => ({ where: file, text: read(file) })),
];

describe('the finders', () => {
  test.for([
    ['a path under the base', `${base}zh/threads/`, false],
    ['a fragment', '#mutex', false],
    ['a relative path', 'threads/', false],
    ['a data: URL', 'data:image/svg+xml,%3Csvg%3E', false],
    ['another site', 'https://docs.python.org/3/', false],
    ['an absolute URL under the base', new URL(`${base}en/`, site).href, false],
    ['a path from the root', '/zh/threads/', true],
    ['the root itself', '/', true],
    ['an absolute URL on the site outside the base', new URL('/en/', site).href, true],
  ] as const)('leavesBase: %s → %s', ([, url, expected]) => {
    expect(leavesBase(url)).toBe(expected);
  });

  test.for([
    ['an href is its value', 'href', '/zh/', ['/zh/']],
    ['a srcset is its candidates', 'srcSet', '/a.png 1x, /b.png 2x', ['/a.png', '/b.png']],
    ['a data-* value is itself and its JSON strings', 'dataTerms', '[{"taught":["/zh/x/"]}]', ['[{"taught":["/zh/x/"]}]', 'taught', '/zh/x/']],
  ] as const)('urlsIn: %s', ([, name, value, expected]) => {
    expect(urlsIn(name, value)).toEqual(expected);
  });

  test.for([
    ['a string literal', 'import("/pagefind/pagefind.js")', ['"/pagefind']],
    ['a template literal', 'fetch(`/zh/${slug}/`)', ['`/zh']],
    ['a CSS url()', 'background: url(/_astro/a.png)', ['url(/_astro']],
    ['a path under the base', `"${base}pagefind/"`, []],
    ['a division, a regular expression', 'a/en; /\\/zh\\//.test(x)', []],
  ] as const)('rootLiterals: %s', ([, text, expected]) => {
    expect(rootLiterals(text)).toEqual(expected);
  });
});

describe(`the site built under ${base}`, () => {
  test('has pages, URLs, scripts and style sheets to check', () => {
    // Each check below passes on an empty list: an empty build, or a selector gone stale, would check nothing.
    expect(pages.length).toBeGreaterThan(10);
    expect(attributeUrls.filter(({ url }) => url.startsWith(base)).length).toBeGreaterThan(pages.length);
    expect(code.filter(({ where }) => where.endsWith('.js')).length).toBeGreaterThan(0);
    expect(code.filter(({ where }) => where.endsWith('.css')).length).toBeGreaterThan(0);
  });

  test('no attribute of a page names a URL outside it (links, scripts, styles, canonical and hreflang, meta, data-*)', () => {
    expect(attributeUrls.filter(({ url }) => leavesBase(url)).map(({ where, url }) => `${where}=${url}`)).toEqual([]);
  });

  test('no script or style sheet holds a path from the root', () => {
    expect(code.flatMap(({ where, text }) => rootLiterals(text).map((literal) => `${where}: ${literal}`))).toEqual([]);
  });
});
