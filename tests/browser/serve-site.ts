/**
 * Serves a build of the site from the browser tests' own server, so that the pages the tests
 * open in an <iframe> are on the same origin as the tests and can be inspected directly.
 * The test server listens on 127.0.0.1 only. The site is served under its base path only, as
 * a GitHub Pages project site is: outside it, whatever the site has at its root is not found,
 * so a root-absolute link (/zh/ for /py-concurrency/zh/) is broken here as it would be there.
 * Files are served by sirv, the static server Vitest's browser mode itself uses.
 */
import { existsSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import sirv from 'sirv';
import type { Plugin } from 'vite';
import type { SiteBuild } from '../site/build-site.ts';

function notFound(response: ServerResponse, message: string): void {
  response.statusCode = 404;
  response.setHeader('content-type', 'text/plain; charset=utf-8');
  response.end(message);
}

export function serveSite({ base, outDir }: SiteBuild): Plugin {
  // dev: each file is looked up when asked for (the global setup builds after the server
  // starts) and sent with no-store. No extensions tried: only what a static host has at that path.
  const files = sirv(outDir, { dev: true, extensions: [] });
  return {
    name: 'serve-built-site',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        const pathname = url.split('?')[0]!;
        if (!pathname.startsWith(base)) {
          // Every other path is the test server's own (Vitest's page, its modules).
          const top = pathname.split('/')[1] ?? '';
          return top !== '' && existsSync(path.join(outDir, top)) ? notFound(response, `outside the base path ${base}: ${url}`) : next();
        }
        // A directory is served as its index.html only when asked for with the slash (the site's
        // links all have it: trailingSlash 'always'); /zh/threads is not found, as on a static host.
        const inSite = `/${pathname.slice(base.length)}`;
        request.url = `${inSite.endsWith('/') ? `${inSite}index.html` : inSite}${url.slice(pathname.length)}`;
        files(request, response, () => notFound(response, `not in ${path.basename(outDir)}/: ${url}`));
      });
    },
  };
}
