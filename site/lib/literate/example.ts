/**
 * One <Example> of a page, read into a typed spec: the snippet it runs, the output it documents
 * and the matcher it declares. The site renders this spec and the tests check a run against it,
 * so what a reader sees is exactly what is checked.
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
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Code, RootContent } from 'mdast';
import type { MdxJsxFlowElement } from 'mdast-util-mdx-jsx';
import { LiterateError, type LiterateConfig } from './config.ts';
import { parseOutputPattern, PatternError, type OutputPattern } from './patterns.ts';
import { DEFAULT_TIMEOUT } from './run-snippet.ts';

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

export interface ExampleSpec<L extends string = string> {
  /** The MDX file, absolute. */
  file: string;
  /** Line of the <Example> tag. */
  line: number;
  lang: L;
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

export function readExample<L extends string>(node: MdxJsxFlowElement, file: string, lang: L, config: LiterateConfig<L>): ExampleSpec<L> {
  const line = node.position?.start.line ?? 0;
  const fail = (problem: string, fix: string): never => {
    throw new LiterateError(config, file, line, problem, fix);
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
  const snippet = path.join(config.snippetsDir, lang, src);
  const snippetsOfLang = path.join(config.snippetsDir, lang);
  if (path.isAbsolute(src) || path.relative(snippetsOfLang, snippet).startsWith('..'))
    fail(`src="${src}" leaves snippets/${lang}/`, `a page runs the programs of its own language: give a path inside snippets/${lang}/, e.g. src="${path.basename(src)}"`);
  if (!existsSync(snippet))
    fail(`snippet ${path.relative(config.root, snippet)} does not exist`, `create it, or fix src="${src}"`);

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
      throw new LiterateError(config, file, output.line + 1 + index, `documented output has a bad placeholder: ${error.message}`, 'see the placeholder forms in site/lib/literate/patterns.ts');
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

/** The HTML id of an example's figure, for links such as /zh/threads/#example-threads-default-names. */
export function exampleAnchor(src: string): string {
  return `example-${src.replace(/\.py$/, '').replace(/[^A-Za-z0-9]+/g, '-')}`;
}

/** A readable label for test names and messages: "zh/threads.mdx:42 threads/start.py". */
export function exampleLabel(example: ExampleSpec, config: Pick<LiterateConfig, 'root'>): string {
  return `${path.relative(config.root, example.file)}:${example.line} ${example.src}`;
}
