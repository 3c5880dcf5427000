/**
 * Builds the Pagefind search index after every `astro build`, into dist/pagefind/.
 *
 * The npm package ships Pagefind's extended binary (pagefind_extended, which its Node API and
 * its CLI both prefer): it segments Chinese text into words at index time, so 互斥锁 and 死锁 are
 * found as words. Only <main data-pagefind-body> is indexed (chapters and the glossary); example
 * code and output panels carry data-pagefind-ignore.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('\n'));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length > 0) throw new Error(added.errors.join('\n'));
          const written = await index.writeFiles({ outputPath: path.join(site, 'pagefind') });
          if (written.errors.length > 0) throw new Error(written.errors.join('\n'));
          logger.info(`indexed ${added.page_count} pages into ${path.relative(process.cwd(), written.outputPath)}`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
