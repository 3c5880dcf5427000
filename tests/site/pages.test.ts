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
import { project, timelines } from '../../literate.config.ts';
import { listPages, placeholderLabel, readPage, readTimelines, timelineKey, type ExampleSpec } from '../../site/lib/literate/index.ts';
import astroConfig from '../../astro.config.mjs';
import { HTML_LANG, otherLang, t } from '../../site/lib/i18n.ts';

const DIST = path.join(project.root, 'dist');
const html = (url: string): Root => fromHtml(readFileSync(path.join(DIST, url, 'index.html'), 'utf8'));
const attribute = (element: Element | undefined, name: string) => String(element?.properties[name] ?? '');
const recordings = readTimelines(timelines);
const classes = (node: Element) => (node.properties['className'] as string[] | undefined) ?? [];

/** A line of an output panel as a reader copies it: without the number that ties it to its timeline mark. */
const lineText = (line: Element) =>
  toText({ ...line, children: line.children.filter((child) => child.type !== 'element' || !classes(child).includes('output-number')) }, { whitespace: 'pre' });

/** A documented line as the panel shows it: each placeholder as its recorded value, or as what it accepts. */
function shownLine(example: ExampleSpec, index: number): string {
  const values = recordings.examples[timelineKey(example)]?.lines.find((line) => line.n === index + 1)?.values ?? [];
  let placeholder = 0;
  return example.expected[index]!.pieces.map((piece) => (piece.kind === 'text' ? piece.text : (values[placeholder++] ?? placeholderLabel(piece)))).join('');
}

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
        const shown = selectAll('.output-line:not(.stderr) .output-text', output).map(lineText);
        expect(shown).toEqual(page.examples[i]!.expected.map((_, line) => shownLine(page.examples[i]!, line)));
      });
    });

    test('draws a timeline beside exactly the examples whose recorded run has two or more lanes', () => {
      const drawn = selectAll('figure.example', tree!).map((figure) => select('figure.timeline svg', figure) !== undefined);
      expect(drawn).toEqual(page.examples.map((example) => recordings.examples[timelineKey(example)]?.concurrent ?? false));
    });

    test('marks each printed line on its timeline at its recorded time, numbered like the output', () => {
      selectAll('figure.example', tree!).forEach((figure, i) => {
        const run = recordings.examples[timelineKey(page.examples[i]!)];
        if (!run?.concurrent) return;
        const marks = selectAll('svg > g.mark', figure).map((mark) => `${toText(select('text', mark)!)} ${/\d+\.\d{3}/.exec(toText(select('title', mark)!))?.[0]}`);
        const recorded = run.lines.filter((line) => line.n !== null).sort((a, b) => a.t - b.t || a.n! - b.n!).map((line) => `${line.n} ${line.t.toFixed(3)}`);
        expect(marks.sort()).toEqual(recorded.sort());
        expect(selectAll('.output-number', figure).map((number) => toText(number))).toEqual(page.examples[i]!.expected.map((_, line) => String(line + 1)));
      });
    });

    test('keeps every timeline whole in the page, as markup that a reader without scripts gets as it is', () => {
      // hast parses as a browser with scripting off: a <noscript>'s contents are elements.
      const boxes = selectAll('deferred-content', tree!);
      expect(boxes.map((box) => selectAll(':scope > noscript > figure.timeline', box).length)).toEqual(boxes.map(() => 1));
      expect(selectAll('figure.timeline', tree!).length).toBe(boxes.length);
    });

    test('gives every timeline a title, a description and a table of what happened', () => {
      for (const timeline of selectAll('figure.timeline', tree!)) {
        const svg = select('svg', timeline)!;
        expect(attribute(svg, 'role')).toBe('img');
        const labelledBy = String((svg.properties['ariaLabelledBy'] as string[] | string | undefined) ?? '').split(/[\s,]+/);
        expect(labelledBy.map((id) => toText(select(`[id="${id}"]`, svg)!).length > 0)).toEqual([true, true]);
        expect(selectAll('details table tbody tr', timeline).length).toBeGreaterThan(0);
      }
    });

    test('says under a timeline what its recording left out, exactly where the recorder was not the full one', () => {
      const notes = selectAll('figure.example', tree!).flatMap((figure, i) => {
        const run = recordings.examples[timelineKey(page.examples[i]!)];
        return run?.concurrent ? [select('figure.timeline .left-out', figure) === undefined ? 'full' : toText(select('figure.timeline .left-out', figure)!)] : [];
      });
      const expected = page.examples.flatMap((example) => {
        const run = recordings.examples[timelineKey(example)];
        return run?.concurrent ? [run.recorder === 'full' ? 'full' : t(page.lang, run.recorder === 'light' ? 'timeline.light' : 'timeline.withoutLocks')] : [];
      });
      expect(notes).toEqual(expected);
    });

    test('highlights each example program with Shiki', () => {
      const figures = selectAll('figure.example', tree!);
      expect(figures).toHaveLength(page.examples.length);
      for (const figure of figures) expect(select('pre.shiki', figure)).toBeTruthy();
    });
  });
}

/** The raw HTML of a built file: a page part is checked as the bytes the page fetches. */
const built = (url: string) => readFileSync(path.join(DIST, url, 'index.html'), 'utf8');

for (const file of files) {
  const page = readPage(file, project);
  const url = `/${page.lang}/compare/${page.slug}/`;

  describe(`${url}: its timelines`, () => {
    const tree = html(url);
    const boxes = selectAll('deferred-content', tree);
    // Each column shows its own language's chapter, the same examples as the chapter pages.
    const columns = [page.lang, otherLang(page.lang)].map((lang) => ({ lang, chapter: `/${lang}/${page.slug}/` }));

    test('are as many as the two chapters draw', () => {
      expect(boxes.length).toBe(columns.reduce((sum, { chapter }) => sum + selectAll('deferred-content', html(chapter)).length, 0));
    });

    test('are each fetched from a page part that is exactly the figure its chapter carries', () => {
      for (const box of boxes) {
        const from = attribute(box, 'dataFrom');
        expect(from).toMatch(/^\/timelines\/(zh|en)\/[\w/-]+\/$/);
        const lang = from.split('/')[2]!;
        const part = built(from);
        expect(part).toMatch(/^<figure class="timeline"[^]*<\/figure>$/);
        expect(built(`/${lang}/${page.slug}/`)).toContain(part);
      }
    });

    test('link a reader without scripts to the example on its chapter instead', () => {
      for (const box of boxes) {
        const links = selectAll(':scope > noscript > a.timeline-elsewhere', box).map((link) => attribute(link, 'href'));
        expect(links).toHaveLength(1);
        const [chapter, anchor] = links[0]!.split('#');
        expect(columns.map((column) => column.chapter)).toContain(chapter);
        expect(select(`figure.example[id="${anchor}"] figure.timeline`, html(chapter!))).toBeTruthy();
        expect(selectAll(':scope > noscript figure', box)).toEqual([]);
      }
    });
  });
}

/** Elements the browser makes on load: a <noscript>'s contents are only text to a page with scripts. */
const elementsOnLoad = (node: Root | Element): number =>
  node.children.reduce((sum, child) => (child.type !== 'element' ? sum : child.tagName === 'noscript' ? sum + 1 : sum + 1 + elementsOnLoad(child)), 0);

// Style and layout of the side-by-side asyncio view were most of Lighthouse's blocking time: code
// lines, output columns and version symbols no longer take an element each (8,300 elements, from
// 11,300). This keeps that room; a page over it needs a look at what it carries, not a higher number.
const ELEMENTS_ON_LOAD = 9_000;

describe.each(files.flatMap((file) => {
  const { lang, slug } = readPage(file, project);
  return [`/${lang}/${slug}/`, `/${lang}/compare/${slug}/`];
}))('%s', (url) => {
  test(`makes at most ${ELEMENTS_ON_LOAD} elements on load`, () => {
    expect(elementsOnLoad(html(url))).toBeLessThanOrEqual(ELEMENTS_ON_LOAD);
  });

  // A classic script waits for the stylesheets, and the parser with it: the first paint then shows only
  // what came before, and the main text is painted a frame later (Lighthouse's LCP after its FCP).
  test('has no classic script in its body, which would cut the first paint short', () => {
    const classic = selectAll('body script', html(url)).filter((script) => !['module', 'application/json'].includes(attribute(script, 'type')));
    expect(classic.map((script) => toText(script).trim().slice(0, 60))).toEqual([]);
  });
});

test('code blocks give elements only to coloured tokens, and output lines none to empty columns', () => {
  const tree = html('/en/compare/asyncio/');
  expect(selectAll('pre.shiki span.line', tree)).toEqual([]);
  expect(selectAll('pre.output .output-line > span:not([class])', tree)).toEqual([]);
});
