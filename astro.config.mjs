// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkLiterate, { literatePages } from './site/lib/remark-literate.ts';
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
    // The unified (remark) processor; the literate plugin takes each page as the toolkit read it.
    processor: unified({ remarkPlugins: [remarkLiterate], rehypePlugins: [rehypeHeadingLinks], smartypants: false }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // Every page is read by the toolkit before Astro compiles it: bad input stops the build at its line.
  vite: { plugins: [literatePages()] },
});
