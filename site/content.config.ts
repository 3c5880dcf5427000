import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

/** Every page, in both languages: content/zh/*.mdx and content/en/*.mdx. */
const pages = defineCollection({
  loader: glob({ pattern: '{zh,en}/**/*.mdx', base: './content' }),
  schema: z.object({
    title: z.string(),
    description: z.string(),
    /** Position in the chapter's order (the sidebar and previous/next links follow it). */
    order: z.number(),
  }),
});

export const collections = { pages };
