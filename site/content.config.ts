import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { pageFrontmatter } from './lib/literate/index.ts';

/** Every page, in both languages: content/zh/*.mdx and content/en/*.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '{zh,en}/**/*.mdx', base: './content' }),
  // The toolkit's schema: the tests and the build accept the same frontmatter.
  schema: pageFrontmatter,
});

export const collections = { pages };
