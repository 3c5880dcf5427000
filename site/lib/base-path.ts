/**
 * The site under its base path (astro.config.mjs `base`, from BASE_PATH): "/" by default, or a
 * sub-path such as "/py-concurrency/" for a GitHub Pages project site. The site's own code names
 * its pages by their path from the site's root ("/zh/threads/"); these put the base in front.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** "/zh/threads/" under "/py-concurrency/" is "/py-concurrency/zh/threads/". `base` ends in "/", as Astro gives it with trailingSlash 'always'. */
export const underBase = (base: string, path: string) => `${base}${path.replace(/^\//, '')}`;

/** A path from the site's root, under the base this build has (import.meta.env.BASE_URL). */
export const sitePath = (path: string) => underBase(import.meta.env.BASE_URL, path);

/** Links the pages' Markdown writes from the site's root (`[…](/en/asyncio/#timeout)`), under `base`. */
export function rehypeBasePath({ base }: { base: string }) {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element) => {
      for (const name of ['href', 'src']) {
        const value = node.properties[name];
        // "//host/…" is another site, not a path.
        if (typeof value === 'string' && value.startsWith('/') && !value.startsWith('//')) node.properties[name] = underBase(base, value);
      }
    });
  };
}
