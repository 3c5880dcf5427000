/** The Markdown processor of the site's pages, for a toolkit configuration (the build's, or a test's). */
import { unified } from '@astrojs/markdown-remark';
import type { LiterateConfig, TimelineConfig } from './literate/index.ts';
import type { Lang } from './lang.ts';
import { rehypeBasePath } from './base-path.ts';
import rehypeHeadingLinks from './rehype-heading-links.ts';
import remarkLiterate from './remark-literate.ts';

/** `base` is the site's base path (astro.config.mjs `base`): the pages' links from the site's root go under it. */
export const markdownProcessor = (config: LiterateConfig<Lang>, timelines: TimelineConfig, base: string) =>
  // The literate plugin reads each page's spec from the tree this processor parsed.
  unified({ remarkPlugins: [[remarkLiterate, { config, timelines }]], rehypePlugins: [rehypeHeadingLinks, [rehypeBasePath, { base }]], smartypants: false });
