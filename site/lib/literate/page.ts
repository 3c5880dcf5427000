/**
 * A page and what it documents: its examples, its sections and its problems, read from the
 * MDX tree. The site's remark plugin hands over the tree Astro parsed; the tests and scripts
 * parse the file with the same parser configuration (remark-mdx and remark-gfm, as Astro's MDX
 * integration does), so both get the same typed values.
 *
 * Code that only illustrates and is not meant to run goes in <Illustration>; a bare ```python
 * block anywhere else is reported, so that every program a page shows is either run or marked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Root, Yaml } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { langsOf, LiterateError, type LiterateConfig } from './config.ts';
import { readChange, type ChangeSpec } from './changes.ts';
import { readExample, type ExampleSpec } from './example.ts';
import { frontmatterProblems, parseFrontmatterYaml } from './frontmatter.ts';

export interface Section {
  id: string;
  depth: number;
  title: string;
  line: number;
}

export interface Page<L extends string = string> {
  file: string;
  lang: L;
  /** Path under content/<lang>/ without extension, e.g. "threads". */
  slug: string;
  examples: ExampleSpec<L>[];
  /** The page's <Change> entries (the "What changed" page has them). */
  changes: ChangeSpec<L>[];
  sections: Section[];
  /** Problems found while reading the page; a page with any fails. */
  problems: LiterateError[];
}

const HEADING_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkFrontmatter, ['yaml']);

/** MDX source → its tree, the frontmatter as a `yaml` node first (Astro takes it off before parsing). */
export const parseMdx = (source: string): Root => parser.parse(source);

/** An MDX syntax error as a problem at its line (some give their position only in the text, "(9:1-9:41)"). */
function syntaxProblem(error: unknown, file: string, config: LiterateConfig): LiterateError {
  const { line: given, reason } = error as { line?: number; reason?: string };
  if (reason === undefined) throw error;
  const line = given ?? Number(/\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason)?.[1] ?? 1);
  return new LiterateError(config, file, line, `the page is not valid MDX: ${reason}`, 'close every <Example> with </Example> and every {…} with }, or write a literal < or { as \\< or \\{');
}

/** The tree of a page's source and its frontmatter's value, or the problem that stops it being read. */
function parsePage(source: string, file: string, config: LiterateConfig): { tree: Root; frontmatter: unknown } | LiterateError {
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    return syntaxProblem(error, file, config);
  }
  const yaml = tree.children[0];
  if (yaml?.type !== 'yaml') return new LiterateError(config, file, 1, 'page has no frontmatter', 'start it with ---, title:, description:, order:, ---');
  tree.children.shift(); // as Astro's tree has it
  try {
    return { tree, frontmatter: parseFrontmatterYaml((yaml as Yaml).value, file, config) };
  } catch (error) {
    if (error instanceof LiterateError) return error;
    throw error;
  }
}

/**
 * Does the page parse: valid MDX, with frontmatter that is valid YAML? The build asks this
 * before Astro compiles the page, whose own report of a syntax error has no line.
 */
export function parseProblems(source: string, file: string, config: LiterateConfig): LiterateError[] {
  const parsed = parsePage(source, file, config);
  return parsed instanceof LiterateError ? [parsed] : [];
}

/** content/<lang>/<slug>.mdx → its language and slug. */
export function locatePage<L extends string>(file: string, config: LiterateConfig<L>): { lang: L; slug: string } | null {
  const rel = path.relative(config.contentDir, file).split(path.sep);
  const lang = rel[0] as L;
  if (!langsOf(config).includes(lang) || rel.length < 2) return null;
  return { lang, slug: rel.slice(1).join('/').replace(/\.mdx$/, '') };
}

/** Reads a page from its file, as the build reads it: the frontmatter apart, the rest as MDX. */
export function readPage<L extends string>(file: string, config: LiterateConfig<L>, source = readFileSync(file, 'utf8')): Page<L> {
  const parsed = parsePage(source, file, config);
  if (parsed instanceof LiterateError) return { ...placeOf(file, config), file, examples: [], changes: [], sections: [], problems: [parsed] };
  return pageFromTree(parsed.tree, file, config, parsed.frontmatter);
}

const placeOf = <L extends string>(file: string, config: LiterateConfig<L>) => locatePage(file, config) ?? { lang: langsOf(config)[0]!, slug: path.basename(file, '.mdx') };

/** Reads a page from its MDX tree (without frontmatter) and its frontmatter's value. */
export function pageFromTree<L extends string>(tree: Root, file: string, config: LiterateConfig<L>, frontmatter: unknown): Page<L> {
  const where = locatePage(file, config);
  if (!where) {
    const error = new LiterateError(config, file, 1, `page is outside ${langsOf(config).map((lang) => `content/${lang}/`).join(' and ')}`, `move it to ${langsOf(config).map((lang) => `content/${lang}/`).join(' or ')}`);
    return { ...placeOf(file, config), file, examples: [], changes: [], sections: [], problems: [error] };
  }
  const problems: LiterateError[] = [];
  const examples: ExampleSpec<L>[] = [];
  const changes: ChangeSpec<L>[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    try {
      if (node.name === 'Example') examples.push(readExample(node, file, where.lang, config));
      if (node.name === 'Change') changes.push(readChange(node, file, where.lang, config));
    } catch (error) {
      if (error instanceof LiterateError) problems.push(error);
      else throw error;
    }
  });
  visit(tree, (node, _index, parent) => {
    if (node.type !== 'code' || (node as Code).lang !== 'python') return;
    const inside = parent as MdxJsxFlowElement | undefined;
    if (inside?.type === 'mdxJsxFlowElement' && inside.name === 'Illustration') return;
    problems.push(
      new LiterateError(config, file, node.position?.start.line ?? 0, 'a Python block that is neither run nor marked as an illustration', 'move the program to snippets/ and show it with <Example>, or wrap the block in <Illustration>'),
    );
  });
  problems.push(...frontmatterProblems(frontmatter, file, config));
  const sections = readSections(tree, file, config, problems);
  return { file, lang: where.lang, slug: where.slug, examples, changes, sections, problems };
}

/** Headings h2–h4 with their explicit ids (`## Title \{#id}`), identical across languages. */
function readSections(tree: Root, file: string, config: LiterateConfig, problems: LiterateError[]): Section[] {
  const sections: Section[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth < 2 || node.depth > 4) return;
    const text = headingText(node);
    const line = node.position?.start.line ?? 0;
    const match = HEADING_ID.exec(text);
    if (!match) {
      problems.push(new LiterateError(config, file, line, `heading "${text}" has no section id`, 'end it with \\{#some-id}, the same id as in the other language'));
      return;
    }
    sections.push({ id: match[1]!, depth: node.depth, title: text.replace(HEADING_ID, ''), line });
  });
  return sections;
}

function headingText(node: Heading): string {
  let text = '';
  visit(node, (child) => {
    if (child.type === 'text' || child.type === 'inlineCode') text += (child as { value: string }).value;
  });
  return text.trim();
}

/** The heading's section, with its `{#id}` taken off the heading's text (for the site's remark plugin). */
export function takeSectionId(node: Heading, page: Page): Section | undefined {
  const section = page.sections.find((candidate) => candidate.line === node.position?.start.line);
  const last = node.children.at(-1);
  if (section && last?.type === 'text') last.value = last.value.replace(HEADING_ID, '');
  return section;
}

/** Every MDX page under the content folder, sorted. */
export function listPages(config: LiterateConfig): string[] {
  const files: string[] = [];
  for (const lang of langsOf(config)) {
    const dir = path.join(config.contentDir, lang);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir, { recursive: true }) as string[]) if (entry.endsWith('.mdx')) files.push(path.join(dir, entry));
  }
  return files.sort();
}
