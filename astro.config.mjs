// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkLiterate from './site/lib/remark-literate.ts';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  site: 'http://127.0.0.1:4321',
  trailingSlash: 'always',
  integrations: [mdx()],
  markdown: {
    // The unified (remark) processor: the literate plugin shares its MDX parse with the tests.
    processor: unified({ remarkPlugins: [remarkLiterate], smartypants: false }),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
});
