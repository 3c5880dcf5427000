/** The site's own pages: each zh page has an en twin with the same sections, examples and programs. */
import { expect, test } from 'vitest';
import { project } from '../literate.config.ts';
import { checkTwins, listPages, readPage } from '../site/lib/literate/index.ts';

test('every page has a twin with the same sections, examples and programs', () => {
  const problems = checkTwins(listPages(project).map((file) => readPage(file, project)), project);
  expect(problems.map((problem) => problem.message)).toEqual([]);
});
