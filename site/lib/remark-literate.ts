/**
 * The site's side of the literate pipeline. A Vite plugin checks that each page parses before
 * Astro compiles it; the remark plugin then reads the page's spec from the tree Astro hands it
 * (the toolkit's pageFromTree, as the tests read it) and renders from that one spec:
 * - every <Example> gets its spec as one typed prop, with its snippet's code;
 * - every other component gets the page's language (the side-by-side view shows both, so the URL cannot tell);
 * - headings get their section ids (`## 标题 \{#id}`), identical in both languages;
 * - the page index (pages.ts) gets the page's examples, changes and sections through remarkPluginFrontmatter.
 * In Chinese pages a line break inside a paragraph joins the lines without a space, as
 * Chinese text has no spaces between words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { valueToEstree } from 'estree-util-value-to-estree';
import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Plugin } from 'vite';
import { LiterateError, missingTwin, pageFromTree, parseProblems, readTimelines, takeSectionId, timelineKey, type ExampleSpec, type LiterateConfig, type Page, type Timeline, type TimelineConfig, type TimelineFile } from './literate/index.ts';
import type { Lang } from './lang.ts';

/** What the Example component is given: the spec as the tests check it, and the program it runs. */
export interface ShownExample {
  spec: Omit<ExampleSpec<Lang>, 'file' | 'snippet'>;
  /** The snippet's path in the repository, e.g. "snippets/zh/threads/start.py". */
  snippetPath: string;
  code: string;
  /** Its recorded run (npm run timelines): the values it printed, and who did what when. */
  run: Timeline | null;
  /** The interpreter that recorded it, e.g. "3.11.7". */
  recordedOn: string;
  /** The day it was recorded, YYYY-MM-DD. */
  recordedDate: string;
}

/** What the page index learns of each page (as `literate` in remarkPluginFrontmatter). */
export interface PageSummary {
  examples: string[];
  changes: string[];
  sections: Array<{ id: string; text: string; depth: number }>;
}

/**
 * Stops the build at the file and line of a page that does not parse (Astro's own report of an
 * MDX syntax error has no line): it runs before @astrojs/mdx compiles the page.
 */
export function literatePages(config: LiterateConfig): Plugin {
  return {
    name: 'literate-pages',
    enforce: 'pre',
    transform: {
      order: 'pre',
      handler(source, id) {
        // With a ?query, the id is a module that Astro derives from the page, not the page.
        if (!id.endsWith('.mdx') || !id.startsWith(config.contentDir)) return null;
        const [problem] = parseProblems(source, id, config);
        if (problem) throw problem;
        return null;
      },
    },
  };
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Drops soft line breaks next to Chinese characters; other breaks stay spaces. */
export function joinChineseLines(text: string): string {
  return text.replace(/\n/g, (_, offset: number) => {
    const before = text[offset - 1];
    const after = text[offset + 1];
    return (before !== undefined && CJK.test(before)) || (after !== undefined && CJK.test(after)) ? '' : '\n';
  });
}

const attribute = (name: string, value: string): MdxJsxAttribute => ({ type: 'mdxJsxAttribute', name, value });

/** An attribute whose value is a JavaScript expression: the value itself, not a string of it. */
function expressionAttribute(name: string, value: unknown): MdxJsxAttribute {
  const expression = valueToEstree(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: JSON.stringify(value),
      data: { estree: { type: 'Program', sourceType: 'module', body: [{ type: 'ExpressionStatement', expression }] } },
    },
  };
}

function shownExample({ file: _file, snippet, ...spec }: ExampleSpec<Lang>, config: LiterateConfig, recorded: TimelineFile): ShownExample {
  const run = recorded.examples[timelineKey(spec)] ?? null;
  return { spec, snippetPath: path.relative(config.root, snippet), code: readFileSync(snippet, 'utf8'), run, recordedOn: recorded.python, recordedDate: recorded.recorded };
}

/** Figures that compare several of the page's programs get the page's recorded runs, keyed by src, and the Python that recorded them. */
const GIVEN_RUNS = new Set(['KettleTimeline']);

const pageRuns = (page: Page<Lang>, recorded: TimelineFile): Record<string, Timeline> =>
  Object.fromEntries(page.examples.flatMap((example) => (recorded.examples[timelineKey(example)] ? [[example.src, recorded.examples[timelineKey(example)]!]] : [])));

type Component = MdxJsxFlowElement | MdxJsxTextElement;
const isComponent = (node: { type: string }): node is Component => node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

export default function remarkLiterate(options: { config: LiterateConfig<Lang>; timelines: TimelineConfig }) {
  const { config } = options;
  const recorded = readTimelines(options.timelines);
  return (tree: Root, file: VFile) => {
    if (!file.path.startsWith(config.contentDir)) return;
    const astro = (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro;
    const page: Page<Lang> = pageFromTree(tree, file.path, config, astro.frontmatter);
    const problem = page.problems[0] ?? missingTwin(page, config);
    if (problem) throw problem;
    file.data.lang = page.lang; // for rehype-heading-links

    if (page.lang === 'zh')
      visit(tree, 'text', (node: Text) => {
        node.value = joinChineseLines(node.value);
      });

    visit(tree, isComponent, (node: Component) => {
      if (!node.name || !/^[A-Z]/.test(node.name)) return;
      if (node.name === 'Example') {
        const example = page.examples.find((candidate) => candidate.line === node.position?.start.line)!;
        node.attributes = [expressionAttribute('example', shownExample(example, config, recorded))];
        node.children = []; // the documented output is in the spec, rendered by the component
        return;
      }
      if (node.attributes.some((given) => given.type === 'mdxJsxAttribute' && given.name === 'lang'))
        throw new LiterateError(config, file.path, node.position?.start.line ?? 0, `<${node.name}> is given lang="…"`, 'remove it: every component learns the language of its page');
      node.attributes.push(attribute('lang', page.lang));
      if (GIVEN_RUNS.has(node.name)) node.attributes.push(expressionAttribute('runs', pageRuns(page, recorded)), attribute('recordedOn', recorded.python));
    });

    const sections: PageSummary['sections'] = [];
    visit(tree, 'heading', (node: Heading) => {
      const section = takeSectionId(node, page);
      if (!section) return;
      sections.push({ id: section.id, text: section.title, depth: section.depth });
      // mdast-util-to-hast copies data.hProperties onto the <h2>…<h4> element.
      node.data = { ...node.data, hProperties: { id: section.id } } as Heading['data'];
    });
    const summary: PageSummary = { examples: page.examples.map((example) => example.src), changes: page.changes.map((change) => change.example), sections };
    astro.frontmatter.literate = summary;
  };
}

declare module 'vfile' {
  interface DataMap {
    lang: Lang;
  }
}
