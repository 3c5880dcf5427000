/**
 * Every kind of bad input is named with its file, its line and what to do, and the same
 * message stops the build as fails the tests (readPage). The build's side is what the build
 * runs: the Vite plugin that checks a page parses, then the site's MDX processor with its
 * literate plugin. One row a kind of mistake.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkTwins, readPage } from '../../site/lib/literate/index.ts';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { markdownProcessor } from '../../site/lib/markdown.ts';
import { literatePages } from '../../site/lib/remark-literate.ts';
import { FIXTURES } from './fixtures.ts';
import { timelines } from '../../literate.config.ts';

const FRONTMATTER = '---\ntitle: 示例\ndescription: 夹具页面。\norder: 1\n---\n\n## 问候 \\{#greeting}\n\n';
/** A page with a twin (fixtures/content/{zh,en}/twinned.mdx), so that only the row's mistake is wrong. */
const page = (lang: 'zh' | 'en', body: string, frontmatter = FRONTMATTER) => ({ file: path.join(FIXTURES.contentDir, lang, 'twinned.mdx'), source: frontmatter + body });
const example = (attributes: string, output = '你好') => page('zh', `<Example ${attributes}>\n\`\`\`text\n${output}\n\`\`\`\n</Example>\n`);

interface Row {
  kind: string;
  input: { file: string; source: string };
  message: string;
}

const rows: Row[] = [
  {
    kind: 'attribute: unknown name',
    input: example('src="printer.py" anyorder="all"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: <Example> has an unknown attribute "anyorder"\n  → use one of: src, anyOrder, at, total, tolerance, hangs, raises, syntaxError, errorLine, timeout, noFinalNewline',
  },
  {
    kind: 'attribute: not a number of seconds',
    input: example('src="printer.py" tolerance="fast"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: tolerance="fast" is not a number of seconds\n  → write tolerance="2.5"',
  },
  {
    kind: 'attribute: two outcomes at once',
    input: example('src="printer.py" hangs="1" raises="ValueError: x"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: <Example> declares hangs and raises\n  → a program either hangs, raises or fails to compile: keep one',
  },
  {
    kind: 'attribute: syntaxError without errorLine',
    input: example('src="printer.py" syntaxError="SyntaxError: invalid syntax"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: syntaxError needs errorLine\n  → add errorLine="N", the snippet line the compiler reports',
  },
  {
    kind: 'pattern: regular expression that does not compile',
    input: example('src="printer.py"', '{{re [unclosed}}'),
    message: 'tests/fixtures/content/zh/twinned.mdx:11: documented output has a bad placeholder: {{re [unclosed}} is not a valid regular expression (/[unclosed/u: Unterminated character class); escape only what needs escaping, e.g. {{re [0-9a-f]+}}\n  → see the placeholder forms in site/lib/literate/patterns.ts',
  },
  {
    kind: 'pattern: regular expression valid only without the u flag',
    input: example('src="printer.py"', '你{{re \\q}}'),
    message: 'tests/fixtures/content/zh/twinned.mdx:11: documented output has a bad placeholder: {{re \\q}} is not a valid regular expression (/\\q/u: Invalid escape); escape only what needs escaping, e.g. {{re [0-9a-f]+}}\n  → see the placeholder forms in site/lib/literate/patterns.ts',
  },
  {
    kind: 'pattern: empty range',
    input: example('src="printer.py"', '{{int 9..1}}'),
    message: 'tests/fixtures/content/zh/twinned.mdx:11: documented output has a bad placeholder: {{int 9..1}}: the range is empty (9 is above 1); write the smaller bound first\n  → see the placeholder forms in site/lib/literate/patterns.ts',
  },
  {
    kind: 'pattern: bound that is not a number',
    input: example('src="printer.py"', '{{int 1.2.3..4}}'),
    message: 'tests/fixtures/content/zh/twinned.mdx:11: documented output has a bad placeholder: {{int 1.2.3..4}}: "1.2.3" is not a number; write a range, e.g. {{int 1..10}}\n  → see the placeholder forms in site/lib/literate/patterns.ts',
  },
  {
    kind: 'pattern: int range with a decimal bound',
    input: example('src="printer.py"', '{{int 1.5..3}}'),
    message: 'tests/fixtures/content/zh/twinned.mdx:11: documented output has a bad placeholder: {{int 1.5..3}}: "1.5" is not a whole number; use {{float …}} for decimals\n  → see the placeholder forms in site/lib/literate/patterns.ts',
  },
  {
    kind: 'timing list: one time per line',
    input: example('src="printer.py" at="0 1"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: at="0 1" gives 2 times for 1 documented lines\n  → give one time (or "-") per line',
  },
  {
    kind: 'timing list: a word that is not a time',
    input: example('src="printer.py" at="soon"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: at="soon" must be seconds or "-" separated by spaces\n  → write at="0 0 2 4"',
  },
  {
    kind: 'line ranges: outside the documented lines',
    input: example('src="printer.py" anyOrder="1-3"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: anyOrder range 1-3 is not within the 1 documented lines\n  → give ranges of two or more lines, counted from 1',
  },
  {
    kind: 'path: a snippet of the other language',
    input: page('en', '<Example src="../zh/printer.py">\n```text\n你好\n```\n</Example>\n'),
    message: 'tests/fixtures/content/en/twinned.mdx:9: src="../zh/printer.py" leaves snippets/en/\n  → a page runs the programs of its own language: give a path inside snippets/en/, e.g. src="printer.py"',
  },
  {
    kind: 'path: a snippet that does not exist',
    input: example('src="no-such.py"'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: snippet tests/fixtures/snippets/zh/no-such.py does not exist\n  → create it, or fix src="no-such.py"',
  },
  {
    kind: 'example: no documented output',
    input: page('zh', '<Example src="printer.py">\n</Example>\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: <Example src="printer.py"> has no documented output\n  → put a fenced ```text block with the output the program prints inside the Example (an empty block if it prints nothing)',
  },
  {
    kind: 'example: a stacks block for a program that does not hang',
    input: page('zh', '<Example src="printer.py">\n```text\n你好\n```\n```text stacks\nFile "printer.py", line 1 in <module>\n```\n</Example>\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: a `stacks` block documents where a hung program is stuck\n  → add hangs="N", or remove the stacks block',
  },
  {
    kind: 'MDX syntax: an unclosed <Example>',
    input: page('zh', '<Example src="printer.py">\n```text\n你好\n```\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: the page is not valid MDX: Expected a closing tag for `<Example>` (9:1-9:27)\n  → close every <Example> with </Example> and every {…} with }, or write a literal < or { as \\< or \\{',
  },
  {
    kind: 'MDX: a Python block that is neither run nor an illustration',
    input: page('zh', '```python\nprint(1)\n```\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: a Python block that is neither run nor marked as an illustration\n  → move the program to snippets/ and show it with <Example>, or wrap the block in <Illustration>',
  },
  {
    kind: 'heading without a section id',
    input: page('zh', '## 没有 id\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:9: heading "没有 id" has no section id\n  → end it with \\{#some-id}, the same id as in the other language',
  },
  {
    kind: 'frontmatter: not valid YAML',
    input: page('zh', '正文\n', '---\ntitle: a: b\ndescription: x\norder: 1\n---\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:2: frontmatter is not valid YAML: Nested mappings are not allowed in compact mappings at line 1, column 8\n  → quote a value that contains ": " or starts with a special character',
  },
  {
    kind: 'frontmatter: a required field missing',
    input: page('zh', '正文\n', '---\ntitle: 示例\ndescription: 夹具页面。\n---\n'),
    message: 'tests/fixtures/content/zh/twinned.mdx:2: frontmatter lacks order\n  → give title and description (text) and order (a number: the position in the chapter)',
  },
  {
    kind: 'twins: a page without its other-language twin',
    input: { file: path.join(FIXTURES.contentDir, 'zh', 'lonely.mdx'), source: readFileSync(path.join(FIXTURES.contentDir, 'zh', 'lonely.mdx'), 'utf8') },
    message: 'tests/fixtures/content/zh/lonely.mdx:1: has no English twin\n  → write content/en/lonely.mdx',
  },
];

/** What the tests say: the page's first problem, or else what the translation check finds. */
function testsSay({ file, source }: Row['input']): string {
  const read = readPage(file, FIXTURES, source);
  return (read.problems[0] ?? checkTwins([read], FIXTURES)[0])?.message ?? '(no error)';
}

const renderer = markdownProcessor(FIXTURES, timelines, '/').createMdxRenderer!({}, { srcDir: pathToFileURL(path.join(FIXTURES.root, 'site/')), optimize: false });

/** What the build says: the error the parse check or the MDX processor throws, or nothing. */
async function buildSays({ file, source }: Row['input']): Promise<string> {
  const check = literatePages(FIXTURES).transform as { handler: (source: string, id: string) => unknown };
  try {
    check.handler(source, file);
    // As @astrojs/mdx hands a page to the processor: the frontmatter apart, blanked in the text.
    const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-spaces' });
    await (await renderer).process(content, file, frontmatter);
    return '(no error)';
  } catch (error) {
    return (error as Error).message;
  }
}

describe('bad input names the file, the line and what to do', () => {
  test('the table covers at least twelve kinds of mistake', () => {
    expect(new Set(rows.map((row) => row.kind)).size).toBeGreaterThanOrEqual(12);
  });

  describe.for(rows)('$kind', (row) => {
    test('in the tests', () => {
      expect(testsSay(row.input)).toBe(row.message);
    });
    test('in the build', async () => {
      expect(await buildSays(row.input)).toBe(row.message);
    });
  });

  test('a correct page passes both', async () => {
    const input = { file: path.join(FIXTURES.contentDir, 'zh', 'twinned.mdx'), source: readFileSync(path.join(FIXTURES.contentDir, 'zh', 'twinned.mdx'), 'utf8') };
    expect(readPage(input.file, FIXTURES, input.source).problems).toEqual([]);
    expect(await buildSays(input)).toBe('(no error)');
  });
});
