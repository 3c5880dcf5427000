/**
 * Finds the examples a page documents: every <Example> element in an MDX file, with the
 * snippet it runs, the output it documents and the matcher it declares.
 *
 * The same parse serves the site (remark-examples.ts) and the tests, so what a reader
 * sees is exactly what is checked.
 *
 * In MDX:
 *
 *   <Example src="threads/start-new-thread.py" anyOrder="2-3" at="0 0 0 2 4" total="6">
 *   ```text
 *   ...documented stdout...
 *   ```
 *   </Example>
 *
 * Attributes (all strings):
 *   src        snippet path under snippets/<lang>/ (required)
 *   anyOrder   "all", or 1-based line ranges of the documented output ("2-3, 5-6") whose
 *              lines may come in any order among themselves; other lines keep their place
 *   at         per documented line, the second it appears ("0 0 - 2"; "-" = not timed)
 *   total      seconds the whole run takes
 *   tolerance  seconds either way for `at` and `total` (default 0.3)
 *   hangs      the program never finishes: still running after this many seconds,
 *              having printed exactly the documented lines
 *   raises     the program fails: the last line of stderr, e.g. "KeyError: 'x'"
 *   syntaxError  the program does not compile: the error line, e.g. "SyntaxError: invalid syntax"
 *   errorLine  with syntaxError: the line of the snippet the compiler points at
 *   timeout    hard limit in seconds from the snippet's start (default: 60, or twice the documented timing)
 *   noFinalNewline  (no value) the output stops without a final newline, e.g. after print(end='')
 * Documented lines may hold patterns: {{int 1..9}}, {{float 0.5..2}}, {{re [a-f0-9]+}}, {{any}}.
 * A second fenced block with the meta word `stderr` documents stderr; without one, stderr
 * must be empty (so a surprise DeprecationWarning fails the page).
 * With `hangs`, a block with the meta word `stacks` documents where each thread is stuck: the
 * frames of the snippet's own file in faulthandler's dump, one per line, in any order.
 *
 * Code that only illustrates and is not meant to run goes in <Illustration>; a bare ```python
 * block anywhere else is reported, so that every program a page shows is either run or marked.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Code, Heading, Root, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import remarkFrontmatter from 'remark-frontmatter';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { visit } from 'unist-util-visit';
import { parseOutputPattern, PatternError, type OutputPattern } from './patterns.ts';
import { DEFAULT_TIMEOUT } from './run-snippet.ts';

export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');

/** Where pages and snippets live; the harness's own tests point it at fixtures. */
export interface Layout {
  contentDir: string;
  snippetsDir: string;
}

export const PROJECT: Layout = {
  contentDir: path.join(ROOT, 'content'),
  snippetsDir: path.join(ROOT, 'snippets'),
};

/** An input problem, reported as `file:line: message` followed by what to do. */
export class LiterateError extends Error {
  readonly file: string;
  readonly line: number;

  constructor(file: string, line: number, problem: string, fix: string) {
    super(`${path.relative(ROOT, file)}:${line}: ${problem}\n  → ${fix}`);
    this.name = 'LiterateError';
    this.file = file;
    this.line = line;
  }
}

export interface DocumentedBlock {
  text: string;
  /** Line of the opening fence in the MDX file. */
  line: number;
  /** Offsets of the block's content in the MDX source, for the update command. */
  start: number;
  end: number;
}

export type Order = { kind: 'exact' } | { kind: 'any' } | { kind: 'ranges'; ranges: Array<[number, number]> };

export type Outcome =
  | { kind: 'exits' }
  | { kind: 'hangs'; after: number }
  | { kind: 'raises'; error: string }
  | { kind: 'syntax-error'; error: string; line: number };

export interface ExampleSpec {
  /** The MDX file, absolute. */
  file: string;
  /** Line of the <Example> tag. */
  line: number;
  lang: Lang;
  /** The `src` attribute as written. */
  src: string;
  /** Absolute path of the snippet. */
  snippet: string;
  output: DocumentedBlock;
  /** Documented stderr; null means stderr must be empty (unless the program raises). */
  stderr: DocumentedBlock | null;
  /** For a program that hangs: the snippet's frames in the stack dump, in any order. */
  stacks: DocumentedBlock | null;
  /** The documented stdout, line by line, as patterns. */
  expected: OutputPattern[];
  /** Whether stdout ends with a newline (false with `noFinalNewline`). */
  finalNewline: boolean;
  order: Order;
  at: Array<number | null> | null;
  total: number | null;
  tolerance: number;
  outcome: Outcome;
  timeout: number;
}

export interface Section {
  id: string;
  depth: number;
  title: string;
  line: number;
}

export interface Page {
  file: string;
  lang: Lang;
  /** Path under content/<lang>/ without extension, e.g. "threads". */
  slug: string;
  examples: ExampleSpec[];
  sections: Section[];
  /** Problems found while reading the page; a page with any fails. */
  problems: LiterateError[];
}

const ATTRIBUTES = new Set([
  'src',
  'anyOrder',
  'at',
  'total',
  'tolerance',
  'hangs',
  'raises',
  'syntaxError',
  'errorLine',
  'timeout',
  'noFinalNewline',
]);
const DEFAULT_TOLERANCE = 0.3;
const HEADING_ID = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter, ['yaml']);

export function parseMdx(source: string): Root {
  return parser.parse(source);
}

/** content/<lang>/<slug>.mdx → its language and slug. */
export function locatePage(file: string, layout: Layout = PROJECT): { lang: Lang; slug: string } | null {
  const rel = path.relative(layout.contentDir, file).split(path.sep);
  const lang = rel[0] as Lang;
  if (!LANGS.includes(lang) || rel.length < 2) return null;
  return { lang, slug: rel.slice(1).join('/').replace(/\.mdx$/, '') };
}

export function readPage(file: string, layout: Layout = PROJECT, source = readFileSync(file, 'utf8')): Page {
  let tree: Root;
  try {
    tree = parseMdx(source);
  } catch (error) {
    // An MDX syntax error is a VFileMessage; some give their position only in the text, "(9:1-9:41)".
    const { line: given, reason } = error as { line?: number; reason?: string };
    if (reason === undefined) throw error;
    const line = given ?? Number(/\((\d+):\d+(?:-\d+:\d+)?\)$/.exec(reason)?.[1] ?? 1);
    const where = locatePage(file, layout);
    const problem = new LiterateError(file, line, `the page is not valid MDX: ${reason}`, 'close every <Example> with </Example> and every {…} with }, or write a literal < or { as \\< or \\{');
    return { file, lang: where?.lang ?? 'zh', slug: where?.slug ?? path.basename(file, '.mdx'), examples: [], sections: [], problems: [problem] };
  }
  return pageFromTree(tree, file, layout);
}

/** Reads a page from an already parsed tree (the site's remark plugin has one). */
export function pageFromTree(tree: Root, file: string, layout: Layout = PROJECT): Page {
  const where = locatePage(file, layout);
  if (!where) {
    const error = new LiterateError(file, 1, 'page is outside content/zh/ and content/en/', 'move it to content/zh/ or content/en/');
    return { file, lang: 'zh', slug: path.basename(file, '.mdx'), examples: [], sections: [], problems: [error] };
  }
  const problems: LiterateError[] = [];
  const examples: ExampleSpec[] = [];
  visit(tree, 'mdxJsxFlowElement', (node: MdxJsxFlowElement) => {
    if (node.name !== 'Example') return;
    try {
      examples.push(readExample(node, file, where.lang, layout));
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
      new LiterateError(file, node.position?.start.line ?? 0, 'a Python block that is neither run nor marked as an illustration', 'move the program to snippets/ and show it with <Example>, or wrap the block in <Illustration>'),
    );
  });
  problems.push(...frontmatterProblems(tree, file));
  const sections = readSections(tree, file, problems);
  return { file, lang: where.lang, slug: where.slug, examples, sections, problems };
}

/** The frontmatter must be valid YAML with the fields the site's collection requires. */
function frontmatterProblems(tree: Root, file: string): LiterateError[] {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return [new LiterateError(file, 1, 'page has no frontmatter', 'start it with ---, title:, description:, order:, ---')];
  let data: unknown;
  try {
    data = parseYaml(node.value);
  } catch (error) {
    const line = (error as { linePos?: Array<{ line: number }> }).linePos?.[0]?.line ?? 0;
    return [new LiterateError(file, line + 1, `frontmatter is not valid YAML: ${(error as Error).message.split('\n')[0]!.replace(/:$/, '')}`, 'quote a value that contains ": " or starts with a special character')];
  }
  const fields = (data ?? {}) as Record<string, unknown>;
  const missing = [
    ...['title', 'description'].filter((name) => typeof fields[name] !== 'string'),
    ...(typeof fields.order === 'number' ? [] : ['order']),
  ];
  return missing.length > 0 ? [new LiterateError(file, 2, `frontmatter lacks ${missing.join(', ')}`, 'give title and description (text) and order (a number: the position in the chapter)')] : [];
}

/** Headings h2–h4 with their explicit ids (`## Title \{#id}`), identical across languages. */
function readSections(tree: Root, file: string, problems: LiterateError[]): Section[] {
  const sections: Section[] = [];
  visit(tree, 'heading', (node: Heading) => {
    if (node.depth < 2 || node.depth > 4) return;
    const text = headingText(node);
    const line = node.position?.start.line ?? 0;
    const match = HEADING_ID.exec(text);
    if (!match) {
      problems.push(
        new LiterateError(file, line, `heading "${text}" has no section id`, 'end it with \\{#some-id}, the same id as in the other language'),
      );
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

/** Splits a heading's trailing `{#id}` off its text (for the site's remark plugin). */
export function headingId(text: string): { id: string; title: string } | null {
  const match = HEADING_ID.exec(text);
  return match ? { id: match[1]!, title: text.replace(HEADING_ID, '') } : null;
}

function readExample(node: MdxJsxFlowElement, file: string, lang: Lang, layout: Layout): ExampleSpec {
  const line = node.position?.start.line ?? 0;
  const fail = (problem: string, fix: string): never => {
    throw new LiterateError(file, line, problem, fix);
  };
  const attrs = new Map<string, string>();
  for (const attribute of node.attributes) {
    if (attribute.type !== 'mdxJsxAttribute') fail('<Example> has a spread attribute', 'write each attribute out');
    const { name, value } = attribute as { name: string; value: unknown };
    if (!ATTRIBUTES.has(name)) fail(`<Example> has an unknown attribute "${name}"`, `use one of: ${[...ATTRIBUTES].join(', ')}`);
    if (typeof value === 'string') attrs.set(name, value);
    else if (value === null || value === undefined) attrs.set(name, 'true'); // a bare attribute
    else if (value && typeof value === 'object' && 'value' in value && /^\s*[\d.]+\s*$/.test(String(value.value)))
      attrs.set(name, String(value.value).trim());
    else fail(`<Example> attribute "${name}" must be a string`, `write ${name}="…"`);
  }

  const src = attrs.get('src') ?? fail('<Example> has no src', 'add src="topic/name.py", a file under snippets/' + lang + '/');
  const snippet = path.join(layout.snippetsDir, lang, src);
  const snippetsOfLang = path.join(layout.snippetsDir, lang);
  if (path.isAbsolute(src) || path.relative(snippetsOfLang, snippet).startsWith('..'))
    fail(`src="${src}" leaves snippets/${lang}/`, `a page runs the programs of its own language: give a path inside snippets/${lang}/, e.g. src="${path.basename(src)}"`);
  if (!existsSync(snippet))
    fail(`snippet ${path.relative(ROOT, snippet)} does not exist`, `create it, or fix src="${src}"`);

  const blocks = node.children.filter((child: RootContent): child is Code => child.type === 'code');
  const stdoutBlock = blocks.find((block) => blockKind(block) === 'stdout');
  const stderrBlock = blocks.find((block) => blockKind(block) === 'stderr') ?? null;
  const stacksBlock = blocks.find((block) => blockKind(block) === 'stacks') ?? null;
  const outcome = readOutcome(attrs, fail);
  if (!stdoutBlock)
    fail(
      `<Example src="${src}"> has no documented output`,
      'put a fenced ```text block with the output the program prints inside the Example (an empty block if it prints nothing)',
    );
  if (stacksBlock && outcome.kind !== 'hangs')
    fail('a `stacks` block documents where a hung program is stuck', 'add hangs="N", or remove the stacks block');
  const output = toBlock(stdoutBlock!);
  const expected = (output.text === '' ? [] : output.text.split('\n')).map((text, index) => {
    try {
      return parseOutputPattern(text);
    } catch (error) {
      if (!(error instanceof PatternError)) throw error;
      // The opening fence is output.line; documented lines follow it.
      throw new LiterateError(file, output.line + 1 + index, `documented output has a bad placeholder: ${error.message}`, 'see the placeholder forms in site/lib/literate/patterns.ts');
    }
  });

  const at = attrs.has('at') ? readTimes(attrs.get('at')!, expected.length, fail) : null;
  const total = attrs.has('total') ? readNumber(attrs, 'total', fail) : null;
  const documentedSeconds = Math.max(total ?? 0, ...(at ?? []).map((t) => t ?? 0), outcome.kind === 'hangs' ? outcome.after : 0);
  return {
    file,
    line,
    lang,
    src,
    snippet,
    output,
    stderr: stderrBlock ? toBlock(stderrBlock) : null,
    stacks: stacksBlock ? toBlock(stacksBlock) : null,
    expected,
    finalNewline: !attrs.has('noFinalNewline'),
    order: readOrder(attrs.get('anyOrder'), expected.length, fail),
    at,
    total,
    tolerance: attrs.has('tolerance') ? readNumber(attrs, 'tolerance', fail) : DEFAULT_TOLERANCE,
    outcome,
    timeout: attrs.has('timeout') ? readNumber(attrs, 'timeout', fail) : Math.max(DEFAULT_TIMEOUT, documentedSeconds * 2 + 10),
  };
}

type Fail = (problem: string, fix: string) => never;

function blockKind(block: Code): 'stdout' | 'stderr' | 'stacks' {
  const words = (block.meta ?? '').split(/\s+/);
  return words.includes('stderr') ? 'stderr' : words.includes('stacks') ? 'stacks' : 'stdout';
}

function toBlock(code: Code): DocumentedBlock {
  const start = code.position!.start;
  const end = code.position!.end;
  return { text: code.value, line: start.line, start: start.offset!, end: end.offset! };
}

function readNumber(attrs: Map<string, string>, name: string, fail: Fail): number {
  const value = Number(attrs.get(name));
  if (!Number.isFinite(value) || value < 0) fail(`${name}="${attrs.get(name)}" is not a number of seconds`, `write ${name}="2.5"`);
  return value;
}

function readTimes(text: string, lineCount: number, fail: Fail): Array<number | null> {
  const times = text.trim().split(/\s+/).map((word) => (word === '-' ? null : Number(word)));
  if (times.some((t) => t !== null && !Number.isFinite(t)))
    fail(`at="${text}" must be seconds or "-" separated by spaces`, 'write at="0 0 2 4"');
  if (times.length !== lineCount)
    fail(`at="${text}" gives ${times.length} times for ${lineCount} documented lines`, 'give one time (or "-") per line');
  return times;
}

function readOrder(text: string | undefined, lineCount: number, fail: Fail): Order {
  if (text === undefined) return { kind: 'exact' };
  if (text.trim() === 'all') return { kind: 'any' };
  const ranges = text.split(',').map((part): [number, number] => {
    const match = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
    if (!match) return fail(`anyOrder="${text}" is not "all" or line ranges`, 'write anyOrder="2-3, 5-6"');
    const from = Number(match[1]);
    const to = Number(match[2] ?? match[1]);
    if (from < 1 || to > lineCount || from >= to)
      fail(`anyOrder range ${part.trim()} is not within the ${lineCount} documented lines`, 'give ranges of two or more lines, counted from 1');
    return [from, to];
  });
  ranges.sort((a, b) => a[0] - b[0]);
  ranges.forEach((range, i) => {
    if (i > 0 && range[0] <= ranges[i - 1]![1]) fail(`anyOrder ranges overlap in "${text}"`, 'give disjoint ranges');
  });
  return { kind: 'ranges', ranges };
}

function readOutcome(attrs: Map<string, string>, fail: Fail): Outcome {
  const kinds = ['hangs', 'raises', 'syntaxError'].filter((name) => attrs.has(name));
  if (kinds.length > 1) fail(`<Example> declares ${kinds.join(' and ')}`, 'a program either hangs, raises or fails to compile: keep one');
  if (attrs.has('hangs')) return { kind: 'hangs', after: readNumber(attrs, 'hangs', fail) };
  if (attrs.has('raises')) return { kind: 'raises', error: attrs.get('raises')! };
  if (attrs.has('syntaxError')) {
    if (!attrs.has('errorLine')) fail('syntaxError needs errorLine', 'add errorLine="N", the snippet line the compiler reports');
    return { kind: 'syntax-error', error: attrs.get('syntaxError')!, line: readNumber(attrs, 'errorLine', fail) };
  }
  return { kind: 'exits' };
}

/** Every MDX page under content/, sorted. */
export function listPages(layout: Layout = PROJECT): string[] {
  const files: string[] = [];
  for (const lang of LANGS) {
    const dir = path.join(layout.contentDir, lang);
    if (!existsSync(dir)) continue;
    for (const entry of readdirRecursive(dir)) if (entry.endsWith('.mdx')) files.push(entry);
  }
  return files.sort();
}

function readdirRecursive(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).map((entry) => path.join(dir, entry));
}

/** The HTML id of an example's figure, for links such as /zh/threads/#example-threads-default-names. */
export function exampleAnchor(src: string): string {
  return `example-${src.replace(/\.py$/, '').replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** A readable label for test names and messages: "zh/threads.mdx:42 threads/start.py". */
export function exampleLabel(example: ExampleSpec): string {
  return `${path.relative(ROOT, example.file)}:${example.line} ${example.src}`;
}
