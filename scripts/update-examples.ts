/**
 * npm run update-examples [-- content/zh/threads.mdx …]
 * Runs the examples of the given pages (default: every page) and, in the check's update mode,
 * rewrites the documented output of exact-match examples from what the program really prints.
 */
import path from 'node:path';
import { project } from '../literate.config.ts';
import { exampleLabel, listPages, readPage, updatePage } from '../site/lib/literate/index.ts';

const files = process.argv.length > 2 ? process.argv.slice(2).map((file) => path.resolve(file)) : listPages(project);
let failed = false;
const reports = await Promise.all(
  files.map(async (file) => {
    const page = readPage(file, project);
    if (page.problems.length > 0) {
      failed = true;
      return page.problems.map((problem) => `✗ ${problem.message}`);
    }
    return (await updatePage(page)).map(({ example, ...outcome }) => {
      const where = exampleLabel(example, project);
      return outcome.status === 'refused' ? `- ${where}: not updated, because ${outcome.reason}` : `${outcome.status === 'updated' ? '✎' : '='} ${where}: ${outcome.status}`;
    });
  }),
);
console.log(reports.flat().join('\n'));
process.exitCode = failed ? 1 : 0;
