/**
 * The site's side of the literate pipeline: reads each page with the same parser the tests
 * use, so the build fails on exactly the input problems the tests report, and hands every
 * <Example> its snippet's code and its documented output as props.
 * Headings get their explicit ids (`## 标题 \{#id}`), identical in both languages.
 * In Chinese pages a line break inside a paragraph joins the lines without a space, as
 * Chinese text has no spaces between words.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Heading, Root, Text } from 'mdast';
import type { MdxJsxAttribute, MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { Plugin } from 'vite';
import { headingId, missingTwin, PROJECT, readPage, ROOT, type Page } from './literate/index.ts';

/** Pages read by literatePages(), by file, for the remark plugin that runs later on the same file. */
const pagesRead = new Map<string, Page>();

/**
 * Reads each page with the toolkit before @astrojs/mdx compiles it, so that any problem, an MDX
 * syntax error included, stops the build with the file, the line and what to do (Astro's own
 * report of an MDX syntax error points at line 0).
 */
export function literatePages(layout = PROJECT): Plugin {
  return {
    name: 'literate-pages',
    enforce: 'pre',
    transform: {
      order: 'pre', // before @astrojs/mdx compiles the page, and so before it can fail on it
      handler(source, id) {
        // With a ?query, the id is a module that Astro derives from the page, not the page.
        if (!id.endsWith('.mdx') || !id.startsWith(layout.contentDir)) return null;
        const page = readPage(id, layout, source);
        const problem = page.problems[0] ?? missingTwin(page, layout);
        if (problem) throw problem;
        pagesRead.set(id, page);
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

export default function remarkLiterate() {
  return (tree: Root, file: VFile) => {
    if (!file.path.startsWith(PROJECT.contentDir)) return;
    // The page as the tests read it (Astro hands this plugin a tree whose frontmatter it has blanked out).
    const page = pagesRead.get(file.path) ?? readPage(file.path, PROJECT);
    if (page.problems.length > 0) throw page.problems[0];
    if (page.lang === 'zh')
      visit(tree, 'text', (node: Text) => {
        node.value = joinChineseLines(node.value);
      });

    let index = 0;
    visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
      // Components learn their page's language here, not from the URL (the side-by-side view shows both).
      if (node.name === 'Illustration' || node.name === 'Change') node.attributes.push(attribute('lang', page.lang));
      if (node.name !== 'Example') return;
      const example = page.examples[index++]!;
      node.attributes.push(
        attribute('code', readFileSync(example.snippet, 'utf8')),
        attribute('snippetPath', path.relative(ROOT, example.snippet)),
        attribute('output', example.output.text),
        ...(example.stderr ? [attribute('stderr', example.stderr.text)] : []),
        ...(example.stacks ? [attribute('stacks', example.stacks.text)] : []),
      );
      node.children = []; // the documented output is now a prop, rendered by the component
    });

    visit(tree, 'heading', (node: Heading) => {
      const last = node.children.at(-1);
      if (last?.type !== 'text') return;
      const parsed = headingId((last as Text).value);
      if (!parsed) return;
      (last as Text).value = parsed.title;
      // mdast-util-to-hast copies data.hProperties onto the <h2>…<h4> element.
      node.data = { ...node.data, hProperties: { id: parsed.id } } as Heading['data'];
    });
  };
}
