// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { literatePages } from './site/lib/remark-literate.ts';
import { markdownProcessor } from './site/lib/markdown.ts';
import { codeTransformers } from './site/lib/shiki-transformers.ts';
import pagefindIndex from './site/integrations/pagefind.ts';
import pyodideFiles from './site/integrations/pyodide-files.ts';
import { project, timelines } from './literate.config.ts';

/** The path the site is served under, with a slash at each end: "/" by default; BASE_PATH=/py-concurrency/ for a project site on GitHub Pages. */
function basePath(value = '/') {
  const base = value.replace(/^\/*/, '/').replace(/\/*$/, '/');
  if (!/^\/(?:[\w.~-]+\/)*$/.test(base)) throw new Error(`BASE_PATH must be a path such as /py-concurrency/, not ${JSON.stringify(value)}`);
  return base;
}
const base = basePath(process.env.BASE_PATH);

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // Where the site is served: canonical and hreflang URLs are absolute from it (and the base). Set SITE_URL to deploy elsewhere.
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  trailingSlash: 'always',
  integrations: [mdx(), pagefindIndex(), pyodideFiles()],
  markdown: {
    processor: markdownProcessor(project, timelines, base),
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' }, defaultColor: false, transformers: codeTransformers },
  },
  server: { host: '127.0.0.1', port: 4321 },
  devToolbar: { enabled: false },
  // A page that does not parse stops the build at its line, before Astro compiles it.
  // The Run button's worker (scripts/run/worker.ts) is a module worker: Pyodide loads only in one.
  vite: { plugins: [literatePages(project)], worker: { format: 'es' } },
});
