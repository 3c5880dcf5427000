/**
 * Serves the built site (dist/) from the browser tests' own server, so that the pages the tests
 * open in an <iframe> are on the same origin as the tests and can be inspected directly.
 * The test server listens on 127.0.0.1 only and owns "/", so the root page is /index.html.
 * Files are served by sirv, the static server Vitest's browser mode itself uses.
 */
import sirv from 'sirv';
import type { Plugin } from 'vite';

const SITE_PATHS = /^\/(?:zh|en|_astro|pagefind)(?:\/|$)|^\/index\.html(?:[?#]|$)/;

export function serveSite(dist: string): Plugin {
  // dev: each file is looked up when asked for (the global setup rebuilds dist/ after the server
  // starts) and sent with no-store. No extensions tried: only what a static host has at that path.
  const files = sirv(dist, { dev: true, extensions: [] });
  return {
    name: 'serve-built-site',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        if (!SITE_PATHS.test(url)) return next();
        // A directory is served as its index.html only when asked for with the slash (the site's
        // links all have it: trailingSlash 'always'); /zh/threads is not found, as on a static host.
        const pathname = url.split('?')[0]!;
        if (pathname.endsWith('/')) request.url = `${pathname}index.html${url.slice(pathname.length)}`;
        files(request, response, () => {
          response.statusCode = 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(`not in dist/: ${url}`);
        });
      });
    },
  };
}
