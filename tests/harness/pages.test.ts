/** Bad input fails with the file, the line and what to do. */
import { describe, expect, test } from 'vitest';
import { checkTwins } from '../../site/lib/literate/index.ts';
import { example, FIXTURES, fixturePage } from './fixtures.ts';

describe('reading a page', () => {
  test('a missing snippet names the page, the line and the file to create', () => {
    const page = fixturePage('zh', 'missing-snippet');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      'tests/fixtures/content/zh/missing-snippet.mdx:9: snippet tests/fixtures/snippets/zh/no-such-file.py does not exist\n  → create it, or fix src="no-such-file.py"',
    ]);
  });

  test('an example without documented output names the page and the line', () => {
    const page = fixturePage('zh', 'no-output');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/content\/zh\/no-output\.mdx:9: <Example src="count\.py"> has no documented output\n {2}→ put a fenced ```text block/),
    ]);
  });

  test('a heading without a section id is reported', () => {
    const page = fixturePage('zh', 'no-section-id');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      'tests/fixtures/content/zh/no-section-id.mdx:7: heading "没有 id 的标题" has no section id\n  → end it with \\{#some-id}, the same id as in the other language',
    ]);
  });

  test('a Python block that is neither an example nor an illustration is reported', () => {
    const page = fixturePage('zh', 'bare-python');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      'tests/fixtures/content/zh/bare-python.mdx:9: a Python block that is neither run nor marked as an illustration\n  → move the program to snippets/ and show it with <Example>, or wrap the block in <Illustration>',
    ]);
  });

  test('a stacks block without hangs is reported', () => {
    expect(() => example('src="abcd.py"', 'a\nb\nc\nd', '```text stacks\nFile "abcd.py", line 1 in <module>\n```\n')).toThrow(/add hangs="N"/);
  });

  test('frontmatter that is not valid YAML is reported with its line', () => {
    const page = fixturePage('zh', 'bad-frontmatter');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      expect.stringMatching(/^tests\/fixtures\/content\/zh\/bad-frontmatter\.mdx:3: frontmatter is not valid YAML: .+\n {2}→ quote a value/),
    ]);
  });

  test('frontmatter without title, description or order is reported', () => {
    const page = fixturePage('zh', 'missing-order');
    expect(page.problems.map((problem) => problem.message)).toEqual([
      'tests/fixtures/content/zh/missing-order.mdx:2: frontmatter lacks order\n  → give title and description (text) and order (a number: the position in the chapter)',
    ]);
  });

  test('an unknown attribute is reported', () => {
    expect(() => example('src="abcd.py" anyorder="all"', 'a')).toThrow(/unknown attribute "anyorder"/);
  });

  test('timing that does not fit the documented lines is reported', () => {
    expect(() => example('src="abcd.py" at="0 1"', 'a\nb\nc\nd')).toThrow(/at="0 1" gives 2 times for 4 documented lines/);
  });

  test('a bad placeholder is reported', () => {
    expect(() => example('src="count.py"', 'total: {{int lots}}')).toThrow(/bad placeholder: \{\{int lots\}\}: write a range/);
  });

  test('conflicting outcomes are reported', () => {
    expect(() => example('src="hangs.py" hangs="1" raises="X"', 'waiting')).toThrow(/declares hangs and raises/);
  });
});

describe('translation parity', () => {
  test('twins with the same sections, examples and programs pass', () => {
    expect(checkTwins([fixturePage('zh', 'twinned'), fixturePage('en', 'twinned')], FIXTURES)).toEqual([]);
  });

  test('a Chinese page without an English twin fails', () => {
    expect(checkTwins([fixturePage('zh', 'lonely')], FIXTURES).map((problem) => problem.message)).toEqual([
      'tests/fixtures/content/zh/lonely.mdx:1: has no English twin\n  → write content/en/lonely.mdx',
    ]);
  });

  test('twins with different examples fail', () => {
    const problems = checkTwins([fixturePage('zh', 'other-examples'), fixturePage('en', 'other-examples')], FIXTURES);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('other-examples.mdx:9: examples differ from the English twin: item 1 is "printer.py" here and "differs.py" (line 9) in en/other-examples.mdx'),
    ]);
  });

  test('twins with different section ids fail', () => {
    const problems = checkTwins([fixturePage('zh', 'other-sections'), fixturePage('en', 'other-sections')], FIXTURES);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('other-sections.mdx:9: section ids differ from the English twin: item 2 is "second" here and "part-two" (line 9)'),
    ]);
  });

  test('twin programs that differ in more than strings and comments fail', () => {
    const problems = checkTwins([fixturePage('zh', 'other-program'), fixturePage('en', 'other-program')], FIXTURES);
    expect(problems.map((problem) => problem.message)).toEqual([
      expect.stringContaining('tests/fixtures/snippets/zh/differs.py:2: is not the same program as snippets/en/differs.py:2: ")" here, "." there'),
    ]);
  });
});
