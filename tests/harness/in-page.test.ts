/**
 * The toolkit's in-page entry (in-page.ts), which the Run button uses: the packed spec a page
 * carries comes back as the spec the tests check with, the transcript puts boot.py's records
 * together as the Node runner does, and a run lines up with the page as a diff would.
 */
import { isDeepStrictEqual } from 'node:util';
import { describe, expect, test } from 'vitest';
import { project } from '../../literate.config.ts';
import { listPages, readPage, type ExampleSpec } from '../../site/lib/literate/index.ts';
import { alignOutput, packExample, Transcript, unpackExample, type CheckedExample } from '../../site/lib/literate/in-page.ts';
import { example } from './fixtures.ts';

/** What a check reads of a spec: CheckedExample's fields, with the documented blocks as their text. */
const checkedPart = (spec: ExampleSpec): CheckedExample => ({
  src: spec.src,
  expected: spec.expected,
  finalNewline: spec.finalNewline,
  order: spec.order,
  at: spec.at,
  total: spec.total,
  tolerance: spec.tolerance,
  outcome: spec.outcome,
  timeout: spec.timeout,
  stderr: spec.stderr && { text: spec.stderr.text },
  stacks: spec.stacks && { text: spec.stacks.text },
});

describe('a packed example', () => {
  const examples = listPages(project).flatMap((file) => readPage(file, project).examples);

  test('every example of the site is found', () => {
    expect(examples.length).toBeGreaterThan(200);
  });

  test('unpacks to the spec the tests check with, for every example of the site', () => {
    // Through JSON, as the page carries it.
    const mismatched = examples.filter((spec) => !isDeepStrictEqual(unpackExample(JSON.parse(JSON.stringify(packExample(spec)))), checkedPart(spec)));
    expect(mismatched.map((spec) => `${spec.lang}/${spec.src}`)).toEqual([]);
  });

  test.each([
    ['a literal line as its text', 'src="abcd.py"', 'a\nb', { expected: ['a', 'b'] }],
    ['an empty line as an empty string', 'src="abcd.py"', 'a\n\nb', { expected: ['a', '', 'b'] }],
    ['a line with a placeholder with its pieces', 'src="abcd.py"', 'n={{int 1..9}}', { expected: [{ documented: 'n={{int 1..9}}', pieces: [{ kind: 'text', text: 'n=' }, { kind: 'int', min: 1, max: 9, source: '{{int 1..9}}' }] }] }],
    ['an order other than exact', 'src="abcd.py" anyOrder="1-2"', 'a\nb', { order: { kind: 'ranges', ranges: [[1, 2]] } }],
    ['timings', 'src="abcd.py" at="0 1" total="1"', 'a\nb', { at: [0, 1], total: 1 }],
    ['an error', 'src="abcd.py" raises="KeyError: 1"', 'a', { outcome: { kind: 'raises', error: 'KeyError: 1' } }],
    ['no final newline', 'src="abcd.py" noFinalNewline', 'a', { finalNewline: false }],
  ])('keeps %s', (_, attributes, output, part) => {
    expect(packExample(example(attributes, output))).toMatchObject(part);
  });

  test('leaves out what every example has by default', () => {
    expect(packExample(example('src="abcd.py"', 'a'))).toEqual({ src: 'abcd.py', expected: ['a'], tolerance: 0.3, timeout: 60 });
  });
});

describe('the transcript of a run', () => {
  const records = (...lines: object[]) => lines.map((line) => `${JSON.stringify(line)}\n`).join('');

  test('puts timed lines together from records cut anywhere', () => {
    const transcript = new Transcript(false);
    const text = records({ e: 'start', t: 0 }, { e: 'out', t: 0.5, d: 'one\n' }, { e: 'err', t: 0.7, d: 'oops\n' }, { e: 'out', t: 1, d: 'two\n' }, { e: 'end', t: 1.2 });
    for (const piece of text.match(/[^]{1,7}/g)!) transcript.records(piece);
    expect(transcript.duration).toBe(1.2);
    expect(transcript.output()).toEqual({
      stdout: 'one\ntwo\n',
      stderr: 'oops\n',
      lines: [
        { stream: 'out', text: 'one', t: 0.5 },
        { stream: 'err', text: 'oops', t: 0.7 },
        { stream: 'out', text: 'two', t: 1 },
      ],
    });
  });

  test('orders a raw write among the records by its time', () => {
    const transcript = new Transcript(false);
    transcript.records(records({ e: 'out', t: 0.1, d: 'a\n' }, { e: 'out', t: 0.9, d: 'c\n' }));
    transcript.raw('out', 0.5, 'b\n');
    expect(transcript.output().stdout).toBe('a\nb\nc\n');
  });

  test('calls back when the snippet starts and for each piece of output', () => {
    const seen: string[] = [];
    const transcript = new Transcript(false, { onStart: () => seen.push('start'), onChunk: (chunk) => seen.push(chunk.text) });
    transcript.records(records({ e: 'start', t: 0 }, { e: 'out', t: 0.1, d: 'a\n' }));
    expect(seen).toEqual(['start', 'a\n']);
  });
});

describe('how a run lines up with the documented output', () => {
  test.each([
    ['every line in its place', 'src="abcd.py"', 'a\nb', ['a', 'b'], [0, 1], []],
    ['a changed line', 'src="abcd.py"', 'a\nb', ['a', 'x'], [0, null], [1]],
    ['an extra line at the end', 'src="abcd.py"', 'a\nb', ['a', 'b', 'c'], [0, 1], [2]],
    ['an extra line at the start, as one difference', 'src="abcd.py"', 'a\nb', ['c', 'a', 'b'], [1, 2], [0]],
    ['a missing line', 'src="abcd.py"', 'a\nb\nc', ['a', 'c'], [0, null, 1], []],
    ['a line that its placeholder accepts', 'src="abcd.py"', 'x\nn={{int 1..9}}', ['new', 'x', 'n=5'], [1, 2], [0]],
    ['a number out of its range', 'src="abcd.py"', 'n={{int 1..9}}', ['n=10'], [null], [0]],
    ['lines swapped inside an any-order block', 'src="abcd.py" anyOrder="1-2"', 'a\nb\nc', ['b', 'a', 'c'], [1, 0, 2], []],
    ['a line moved out of its any-order block', 'src="abcd.py" anyOrder="1-2"', 'a\nb\nc', ['c', 'a', 'b'], [1, null, null], [0, 2]],
    ['one wrong line among lines in any order', 'src="abcd.py" anyOrder="all"', 'd\nc\nb\ne', ['a', 'b', 'c', 'd'], [3, 2, 1, null], [0]],
  ])('%s', (_, attributes, output, printed, documented, unmatched) => {
    expect(alignOutput(example(attributes, output), printed)).toEqual({ documented, unmatched });
  });
});
