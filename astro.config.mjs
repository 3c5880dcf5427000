// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkLiterate from './site/lib/remark-literate.ts';
import rehypeHeadingLinks from './site/lib/rehype-heading-links.ts';
import pagefindIndex from './site/integrations/pagefind.ts';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [mdx(), pagefindIndex()],
  markdown: {
    // The unified (remark) processor: the literate plugin shares its MDX parse with the tests.
    processor: unified({ remarkPlugins: [remarkLiterate], rehypePlugins: [rehypeHeadingLinks], smartypants: false }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
