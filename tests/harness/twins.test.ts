/** Translation parity: the checks that compare a page with its other-language twin. */
import { describe, expect, test } from 'vitest';
import { checkTwins } from '../../site/lib/literate/index.ts';
import { FIXTURES, fixturePage } from './fixtures.ts';

describe('translation parity', () => {
  test('twins with the same sections, examples and programs pass', () => {
    expect(checkTwins([fixturePage('zh', 'twinned'), fixturePage('en', 'twinned')], FIXTURES)).toEqual([]);
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
