/**
 * The literate suite: every <Example> on every page is run with real CPython and checked
 * against the output the page documents, all examples at once.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import {
  checkExample,
  describeFailure,
  exampleLabel,
  judgeRun,
  listPages,
  liveProcessGroups,
  measurementHeadroom,
  parseOutputPattern,
  readPage,
  runExample,
  testBudget,
  timingMargin,
  type ExampleSpec,
} from '../site/lib/literate/index.ts';
import { project } from '../literate.config.ts';
import { recordMargin } from './margins.ts';

const pages = listPages(project).map((file) => readPage(file, project));

/** The same example with one documented character changed (in stdout, or else in the error). */
function withOneCharacterChanged(example: ExampleSpec): ExampleSpec {
  const swap = (text: string, at: number) => text.slice(0, at) + (text[at] === 'x' ? 'y' : 'x') + text.slice(at + 1);
  const index = example.expected.findIndex((line) => line.pieces.some((piece) => piece.kind === 'text' && piece.text !== ''));
  if (index >= 0) {
    const line = example.expected[index]!;
    const at = line.literal ? line.documented.length - 1 : line.documented.indexOf((line.pieces.find((p) => p.kind === 'text' && p.text !== '') as { text: string }).text);
    const expected = example.expected.with(index, parseOutputPattern(swap(line.documented, at)));
    return { ...example, expected };
  }
  const { outcome } = example;
  if (outcome.kind === 'raises' || outcome.kind === 'syntax-error') return { ...example, outcome: { ...outcome, error: swap(outcome.error, outcome.error.length - 1) } };
  throw new Error(`${example.src}: documents no output and no error, so nothing it shows is checked`);
}

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const page of pages) {
  describe.concurrent(path.relative(project.root, page.file), () => {
    test('reads without problems', () => {
      expect(page.problems.map((problem) => problem.message)).toEqual([]);
    });

    for (const example of page.examples) {
      test(`line ${example.line}: ${example.src}`, { timeout: testBudget(example) }, async () => {
        const result = await runExample(example);
        const verdict = judgeRun(example, result); // the check that npm run update-examples runs in update mode
        if (verdict.status === 'fails') expect.fail(describeFailure(example, result, verdict.problems, project));
        expect(verdict.status).toBe('passes');
        // `npm run stress` collects how close each timed check came to its tolerance, and each measured figure to its range.
        const margin = timingMargin(example, result);
        const headroom = measurementHeadroom(example, result);
        if (margin !== null || headroom !== null) recordMargin({ example: exampleLabel(example, project), margin, headroom });
        // The check has teeth: the same run fails against a page with one character changed.
        expect(checkExample(withOneCharacterChanged(example), result)).not.toEqual([]);
      });
    }
  });
}

afterAll(() => {
  // Every run's process group has been reaped: no Python process outlives the suite.
  expect(liveProcessGroups()).toEqual([]);
});
