/** The site's own pages: each zh page has an en twin with the same sections, examples and programs. */
import { expect, test } from 'vitest';
import { checkTwins, listPages, readPage } from '../site/lib/literate/index.ts';

test('every page has a twin with the same sections, examples and programs', () => {
  const problems = checkTwins(listPages().map((file) => readPage(file)));
  expect(problems.map((problem) => problem.message)).toEqual([]);
});
