/**
 * Each matcher accepts the program's real output and rejects what it should.
 * Examples are written inline as fixture MDX and run with real CPython.
 */
import { describe, expect, test } from 'vitest';
import { checkExample, describeFailure, measurementHeadroom, parseOutputPattern, runExample, timingMargin, type ExampleSpec } from '../../site/lib/literate/index.ts';
// The matchers' own building blocks, which the toolkit does not export.
import { isDocumentedError, matchLines, type CheckedRun } from '../../site/lib/literate/checks.ts';
import { example, FIXTURES } from './fixtures.ts';

async function problemsOf(spec: ExampleSpec): Promise<string[]> {
  return checkExample(spec, await runExample(spec));
}

describe.concurrent('exact (the default)', () => {
  test('accepts the exact output', async () => {
    expect(await problemsOf(example('src="abcd.py"', 'a\nb\nc\nd'))).toEqual([]);
  });

  test('rejects a one-character change', async () => {
    expect(await problemsOf(example('src="abcd.py"', 'a\nb\nc\ne'))).toEqual(['the output differs from the documented output']);
  });

  test('rejects lines in another order', async () => {
    expect(await problemsOf(example('src="abcd.py"', 'b\na\nc\nd'))).toEqual(['the output differs from the documented output']);
  });

  test('rejects a missing line', async () => {
    expect(await problemsOf(example('src="abcd.py"', 'a\nb\nc'))).toEqual(['the program printed 4 lines; the page documents 3']);
  });

  test('rejects a missing final newline unless noFinalNewline says so', async () => {
    expect(await problemsOf(example('src="no-newline.py"', 'a , b , c , '))).toEqual([
      'the output does not end with a newline; add noFinalNewline if that is intended',
    ]);
    expect(await problemsOf(example('src="no-newline.py" noFinalNewline', 'a , b , c , '))).toEqual([]);
  });

  test('rejects trailing spaces that the page leaves out', async () => {
    expect(await problemsOf(example('src="no-newline.py" noFinalNewline', 'a , b , c ,'))).toEqual([
      'the output differs from the documented output',
    ]);
  });

  test('names the page, the line and the snippet, with a diff, when it fails', async () => {
    const spec = example('src="abcd.py"', 'a\nb\nc\ne');
    const result = await runExample(spec);
    const report = describeFailure(spec, result, checkExample(spec, result), FIXTURES);
    expect(report).toContain('tests/fixtures/content/zh/inline.mdx:6 abcd.py');
    expect(report).toContain('snippet tests/fixtures/snippets/zh/abcd.py');
    expect(report).toContain('--- documented (tests/fixtures/content/zh/inline.mdx:8)');
    expect(report).toContain('first differing line: tests/fixtures/content/zh/inline.mdx:11');
    expect(report).toMatch(/-e\n\+d/);
  });

  test.each([
    ['lines in any order', 'src="abcd.py" anyOrder="all"', 'd\nc\nb\ne', 11],
    ['a line the run leaves out', 'src="abcd.py"', 'a\nb\nx\nc\nd', 10],
  ])('blames the first documented line that no printed line satisfies, with %s', async (_, attributes, documented, line) => {
    const spec = example(attributes, documented);
    const result = await runExample(spec);
    expect(describeFailure(spec, result, checkExample(spec, result), FIXTURES)).toContain(`first differing line: tests/fixtures/content/zh/inline.mdx:${line}\n`);
  });
});

describe.concurrent('anyOrder', () => {
  test('"all" accepts any permutation', async () => {
    expect(await problemsOf(example('src="abcd.py" anyOrder="all"', 'd\nc\nb\na'))).toEqual([]);
  });

  test('"all" still rejects a wrong line', async () => {
    expect(await problemsOf(example('src="abcd.py" anyOrder="all"', 'd\nc\nb\nz'))).toEqual([
      'the output lines are not the documented lines in any order',
    ]);
  });

  test('ranges let lines swap within a range', async () => {
    expect(await problemsOf(example('src="abcd.py" anyOrder="1-2, 3-4"', 'b\na\nd\nc'))).toEqual([]);
  });

  test('ranges keep lines outside them in place', async () => {
    expect(await problemsOf(example('src="abcd.py" anyOrder="1-2"', 'b\na\nd\nc'))).toEqual([
      'the output differs from the documented output, even letting lines 1-2 swap',
    ]);
  });

  test('ranges do not let a line move to another range', async () => {
    expect(await problemsOf(example('src="abcd.py" anyOrder="1-2, 3-4"', 'a\nc\nb\nd'))).toEqual([
      'the output differs from the documented output, even letting lines 1-2, 3-4 swap',
    ]);
  });
});

describe.concurrent('patterns', () => {
  test('an int range accepts a value inside it', async () => {
    expect(await problemsOf(example('src="count.py"', 'total: {{int 100000..200000}}'))).toEqual([]);
  });

  test('an int range rejects a value outside it', async () => {
    expect(await problemsOf(example('src="count.py"', 'total: {{int 1..100000}}'))).toEqual(['the output differs from the documented output']);
  });

  test('a regular expression must match the whole rest of the line', async () => {
    expect(await problemsOf(example('src="count.py"', 'total: {{re 1[0-9]{5}}}'))).toEqual([]);
    expect(await problemsOf(example('src="count.py"', 'total: {{re 1[0-9]{4}}}'))).toEqual(['the output differs from the documented output']);
  });

  test('text around a placeholder still matches to the letter', () => {
    expect(matchLines([parseOutputPattern('total: {{int 0..9}} items')], ['total: 5 items'], { kind: 'exact' })).toEqual([0]);
    expect(matchLines([parseOutputPattern('total: {{int 0..9}} items')], ['total: 5 item'], { kind: 'exact' })).toBeNull();
    expect(matchLines([parseOutputPattern('{{float 0.5..1.5}} s')], ['1.25 s'], { kind: 'exact' })).toEqual([0]);
    expect(matchLines([parseOutputPattern('{{float 0.5..1.5}} s')], ['2.5 s'], { kind: 'exact' })).toBeNull();
  });

  test('patterns combine with any order', () => {
    const expected = ['x={{any}}', 'x=1'].map(parseOutputPattern);
    // the greedy choice (line 1 takes "x=1") would fail; the matcher finds the pairing that works
    expect(matchLines(expected, ['x=1', 'x=2'], { kind: 'any' })).toEqual([1, 0]);
  });
});

describe.concurrent('timing', () => {
  test('accepts lines at their documented times', async () => {
    expect(await problemsOf(example('src="sleepy.py" at="0 1" total="1"', 'start\nend'))).toEqual([]);
  });

  test('rejects a line that appears at another time', async () => {
    expect(await problemsOf(example('src="sleepy.py" at="0 2"', 'start\nend'))).toEqual([
      expect.stringMatching(/^line 2 "end" appeared at 1\.\d\d s; the page says 2 s \(±0\.3\)$/),
    ]);
  });

  test('rejects a whole run of another length', async () => {
    expect(await problemsOf(example('src="sleepy.py" total="3"', 'start\nend'))).toEqual([
      expect.stringMatching(/^the run took 1\.\d\d s; the page says 3 s \(±0\.3\)$/),
    ]);
  });

  test('"-" leaves a line untimed', async () => {
    expect(await problemsOf(example('src="sleepy.py" at="0 -"', 'start\nend'))).toEqual([]);
  });
});

describe.concurrent('scheduling', () => {
  // scheduling.py prints: own process group, the runner's session, niceness, the runner's autogroup.
  test.each([
    ['an untimed example gives way to the others, in the runner’s session', 'src="scheduling.py"', 'True True 19 True'],
    ['a timed example runs at normal priority beside them', 'src="scheduling.py" at="0"', 'True True 0 True'],
    ['so does an untimed one that sleeps, whose lines a late CPU could reorder', 'src="scheduling-after-sleep.py"', 'True True 0 True'],
    ['one that prints a measured figure runs in a session of its own', 'src="scheduling.py"', 'True False {{float 0..0}} {{any}}'],
  ])('%s', async (_, attributes, documented) => {
    expect(await problemsOf(example(attributes, documented))).toEqual([]);
  });
});

describe('how close a passing run came to failing', () => {
  /** A finished run that printed these lines at these seconds. */
  const printed = (lines: ReadonlyArray<readonly [string, number]>, duration: number): CheckedRun => ({
    stdout: lines.map(([text]) => `${text}\n`).join(''),
    stderr: '',
    lines: lines.map(([text, t]) => ({ stream: 'out', text, t })),
    exitCode: 0,
    killed: false,
    duration,
    stackDump: '',
  });

  test.each([
    ['the line furthest from its time', 'at="0 1"', 'start\nend', [['start', 0.05], ['end', 1.2]], 1.2, 0.1],
    ['the whole run', 'total="1"', 'start\nend', [['start', 0], ['end', 1]], 1.25, 0.05],
    ['nothing for an untimed example', '', 'start\nend', [['start', 0], ['end', 1]], 1, null],
    ['nothing for output that does not match', 'at="0 1"', 'start\nend', [['start', 0]], 0, null],
  ] as const)('timing: %s', (_, attributes, documented, lines, duration, margin) => {
    const result = timingMargin(example(`src="sleepy.py" ${attributes}`, documented), printed(lines, duration));
    if (margin === null) expect(result).toBeNull();
    else expect(result).toBeCloseTo(margin, 9);
  });

  test.each([
    ['room to grow to the upper bound', 'took {{float 0.1..30}} s', 'took 3.00 s', 10],
    ['room to shrink to the lower bound', 'took {{float 0.1..30}} s', 'took 0.50 s', 5],
    ['the tightest figure of several', '{{float 1..10}} and {{int 1..9}} and {{float 1..100}}', '5 and 9 and 50', 2],
    ['no lower bound at zero', '{{float 0..8}} ms', '2 ms', 4],
    ['nothing without a measured figure', '{{int 1..9}} items', '3 items', null],
    ['nothing for output that does not match', 'took {{float 0.1..30}} s', 'took 31 s', null],
  ] as const)('measured figures: %s', (_, documented, line, headroom) => {
    expect(measurementHeadroom(example('src="count.py"', documented), printed([[line, 0]], 0))).toBe(headroom);
  });
});

describe.concurrent('never finishes', () => {
  test('accepts a program that is still running, having printed the documented lines', async () => {
    expect(await problemsOf(example('src="hangs.py" hangs="1"', 'waiting'))).toEqual([]);
  });

  test('rejects a program that finishes', async () => {
    expect(await problemsOf(example('src="abcd.py" hangs="1"', 'a\nb\nc\nd'))).toEqual([
      expect.stringMatching(/^the page says the program never finishes, but it exited \(status 0\)/),
    ]);
  });

  test('rejects a hung program that printed something else', async () => {
    expect(await problemsOf(example('src="hangs.py" hangs="1"', 'waiting\nnever printed'))).toEqual([
      'the program printed 1 lines; the page documents 2',
    ]);
  });

  test('records where each thread is stuck', async () => {
    const result = await runExample(example('src="hangs.py" hangs="0.5"', 'waiting'));
    expect(result.stackDump).toContain('File "hangs.py", line 6 in <module>');
  });

  test('accepts the documented stacks', async () => {
    const stacks = '```text stacks\nFile "hangs.py", line 6 in <module>\n```\n';
    expect(await problemsOf(example('src="hangs.py" hangs="0.5"', 'waiting', stacks))).toEqual([]);
  });

  test('rejects stacks that point elsewhere', async () => {
    const stacks = '```text stacks\nFile "hangs.py", line 5 in <module>\n```\n';
    expect(await problemsOf(example('src="hangs.py" hangs="0.5"', 'waiting', stacks))).toEqual([
      'the threads are stuck at\n      File "hangs.py", line 6 in <module>\n    but the page says\n      File "hangs.py", line 5 in <module>',
    ]);
  });
});

describe.concurrent('fails', () => {
  test('accepts the documented exception', async () => {
    expect(await problemsOf(example('src="raises.py" raises="ValueError: bad value"', 'before'))).toEqual([]);
  });

  test('rejects another exception message', async () => {
    expect(await problemsOf(example('src="raises.py" raises="ValueError: other"', 'before'))).toEqual([
      'the program\'s error is "ValueError: bad value"; the page says "ValueError: other"',
    ]);
  });

  test('rejects a program that succeeds', async () => {
    expect(await problemsOf(example('src="abcd.py" raises="ValueError: bad value"', 'a\nb\nc\nd'))).toEqual([
      'the page says the program fails, but it exited with status 0',
      'the program\'s error is ""; the page says "ValueError: bad value"',
    ]);
  });

  test('accepts a compile error at the documented line', async () => {
    expect(await problemsOf(example('src="broken.py" syntaxError="SyntaxError: invalid syntax. Perhaps you forgot a comma?" errorLine="3"', ''))).toEqual([]);
  });

  test('rejects a compile error reported at another line', async () => {
    expect(await problemsOf(example('src="broken.py" syntaxError="SyntaxError: invalid syntax. Perhaps you forgot a comma?" errorLine="2"', ''))).toEqual([
      'the compiler does not point at line 2 of broken.py',
    ]);
  });
});

describe.concurrent('stderr', () => {
  test('rejects a warning that the page does not document', async () => {
    expect(await problemsOf(example('src="warns.py"', 'done'))).toEqual(['the program wrote to stderr, which the page does not document']);
  });

  test('accepts a documented warning', async () => {
    const stderr = '```text stderr\nwarns.py:3: UserWarning: careful\n  warnings.warn(\'careful\', UserWarning)\n```\n';
    expect(await problemsOf(example('src="warns.py"', 'done', stderr))).toEqual([]);
  });
});

describe('error lines', () => {
  test("match exactly, or with only an interpreter's hint after them", () => {
    const documented = "AttributeError: 'Thread' object has no attribute 'isAlive'";
    expect(isDocumentedError(documented, documented)).toBe(true);
    expect(isDocumentedError(`${documented}. Did you mean: 'is_alive'?`, documented)).toBe(true);
    expect(isDocumentedError(`${documented}. Something else`, documented)).toBe(false);
    expect(isDocumentedError('SyntaxError: invalid syntax. Perhaps you forgot a comma?', 'SyntaxError: invalid syntax')).toBe(true);
    expect(isDocumentedError("AttributeError: 'Thread' object has no attribute 'isAliv'", documented)).toBe(false);
  });
});
