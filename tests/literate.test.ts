/**
 * The literate suite: every <Example> on every page is run with real CPython and checked
 * against the output the page documents, all examples at once.
 */
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { checkExample, describeFailure, listPages, liveProcessGroups, readPage, ROOT, runExample } from '../site/lib/literate/index.ts';

const pages = listPages().map((file) => readPage(file));

test('the site has pages to check', () => {
  expect(pages.length).toBeGreaterThan(0);
});

for (const page of pages) {
  describe.concurrent(path.relative(ROOT, page.file), () => {
    test('reads without problems', () => {
      expect(page.problems.map((problem) => problem.message)).toEqual([]);
    });

    for (const example of page.examples) {
      test(`line ${example.line}: ${example.src}`, { timeout: (example.timeout + 10) * 1000 }, async () => {
        const result = await runExample(example);
        const problems = checkExample(example, result);
        if (problems.length > 0) expect.fail(describeFailure(example, result, problems));
      });
    }
  });
}

afterAll(() => {
  // Every run's process group has been reaped: no Python process outlives the suite.
  expect(liveProcessGroups()).toEqual([]);
});
