/**
 * The run panel words each problem the toolkit's check finds in the page's language: every kind has
 * its string in both, with every value filled in.
 */
import { describe, expect, test } from 'vitest';
import { translator } from '../../site/lib/i18n.ts';
import { LANGS } from '../../site/lib/lang.ts';
import type { Problem } from '../../site/lib/literate/index.ts';
import { problemText } from '../../site/scripts/run/problem-text.ts';

/** One problem of every kind: a kind added to Problem without a sample here does not compile. */
const SAMPLES: { [K in Problem['kind']]: Extract<Problem, { kind: K }> } = {
  killed: { kind: 'killed', timeout: 60 },
  finished: { kind: 'finished', exitCode: 0, duration: 1.5 },
  'line-count': { kind: 'line-count', printed: 4, documented: 3 },
  'lines-differ': { kind: 'lines-differ', order: { kind: 'ranges', ranges: [[1, 2], [4, 5]] } },
  'line-time': { kind: 'line-time', line: 2, text: 'end', at: 1.234, documented: 2, tolerance: 0.3 },
  'final-newline': { kind: 'final-newline', missing: true },
  'run-time': { kind: 'run-time', took: 1.5, documented: 3, tolerance: 0.3 },
  stacks: { kind: 'stacks', stuckAt: ['File "a.py", line 3 in run'], documented: ['File "a.py", line 4 in run'] },
  'exit-status': { kind: 'exit-status', exitCode: 2 },
  stderr: { kind: 'stderr', documented: false },
  'did-not-fail': { kind: 'did-not-fail', exitCode: 0 },
  'error-line': { kind: 'error-line', printed: 'ValueError: x', documented: 'TypeError: y' },
  'compiler-line': { kind: 'compiler-line', line: 7, src: 'asyncio/broken.py' },
};

describe.each(LANGS)('in %s', (lang) => {
  test.each(Object.values(SAMPLES))('$kind has every value filled in', (problem) => {
    expect(problemText(problem, translator(lang))).not.toMatch(/\{\w+\}/);
  });
});

test('the English wording, kind by kind', () => {
  expect(Object.values(SAMPLES).map((problem) => problemText(problem, translator('en')))).toMatchInlineSnapshot(`
    [
      "The program did not finish within 60 s and was stopped.",
      "The page says this program never finishes, but it ended (status 0) after 1.50 s.",
      "It printed 4 lines; the page shows 3.",
      "The printed lines differ from the page’s, even with lines 1-2, 4-5 allowed to swap.",
      "Line 2, “end”, appeared at 1.23 s; the page says 2 s (±0.3).",
      "The output does not end with a line break; the page’s does.",
      "The run took 1.50 s; the page says 3 s (±0.3).",
      "The threads are stuck at File "a.py", line 3 in run; the page says File "a.py", line 4 in run.",
      "The program ended with status 2, not 0.",
      "It wrote to stderr, which the page does not show.",
      "The page says this program fails, but it ended with status 0.",
      "Its error is “ValueError: x”; the page says “TypeError: y”.",
      "The compiler does not point at line 7 of asyncio/broken.py.",
    ]
  `);
});

test('the Chinese wording of a list and of seconds', () => {
  expect(problemText(SAMPLES['lines-differ'], translator('zh'))).toMatchInlineSnapshot(`"即使允许第 1-2、4-5 行互换位置，打印的内容仍与本页记载的不同。"`);
  expect(problemText(SAMPLES['line-time'], translator('zh'))).toMatchInlineSnapshot(`"第 2 行“end”出现在 1.23 秒，本页记载的是 2 秒（±0.3）。"`);
});
