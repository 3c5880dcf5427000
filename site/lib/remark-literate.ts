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
import { headingId, PROJECT, readPage, ROOT } from './literate/index.ts';

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
    // Read the file as the tests do (Astro hands this plugin a tree whose frontmatter it has blanked out).
    const page = readPage(file.path, PROJECT);
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
