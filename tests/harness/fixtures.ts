/** Fixture pages and snippets for the harness's own tests (tests/fixtures/). */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { project } from '../../literate.config.ts';
import { readPage, type ExampleSpec, type LiterateConfig } from '../../site/lib/literate/index.ts';
import type { Lang } from '../../site/lib/lang.ts';

const root = fileURLToPath(new URL('../fixtures/', import.meta.url));

export const FIXTURES: LiterateConfig<Lang> = {
  ...project,
  contentDir: path.join(root, 'content'),
  snippetsDir: path.join(root, 'snippets'),
};

export const fixturePage = (lang: 'zh' | 'en', slug: string) => readPage(path.join(FIXTURES.contentDir, lang, `${slug}.mdx`), FIXTURES);

/** Frontmatter of the inline fixture page: five lines, so its body starts at line 6. */
const FRONTMATTER = '---\ntitle: 示例\ndescription: 内联夹具页面。\norder: 1\n---\n';

/** The one example of an inline Chinese fixture page: `<Example …>` plus its documented output. */
export function inlineExample(mdx: string): ExampleSpec {
  const page = readPage(path.join(FIXTURES.contentDir, 'zh', 'inline.mdx'), FIXTURES, FRONTMATTER + mdx);
  if (page.problems.length > 0) throw page.problems[0];
  if (page.examples.length !== 1) throw new Error(`expected one example, found ${page.examples.length}`);
  return page.examples[0]!;
}

/** `<Example attrs>` around a fenced block holding `output`. */
export const example = (attributes: string, output: string, extra = '') =>
  inlineExample(`<Example ${attributes}>\n\`\`\`text\n${output}\n\`\`\`\n${extra}</Example>\n`);
