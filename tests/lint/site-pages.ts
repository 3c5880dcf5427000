/** The site's pages as the prose lints read them: language, slug, a name for messages, and the MDX text. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { project } from '../../literate.config.ts';
import { listPages, locatePage } from '../../site/lib/literate/index.ts';

export const sitePages = () =>
  listPages(project).flatMap((file) => {
    const where = locatePage(file, project);
    return where ? [{ ...where, name: path.relative(project.root, file), mdx: readFileSync(file, 'utf8') }] : [];
  });
