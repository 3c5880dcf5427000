/**
 * Serves the built site (dist/) from the browser tests' own server, so that the pages the tests
 * open in an <iframe> are on the same origin as the tests and can be inspected directly.
 * The test server listens on 127.0.0.1 only and owns "/", so the root page is /index.html.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'vite';
import { fileFor } from './static-server.ts';

const SITE_PATHS = /^\/(?:zh|en|_astro|pagefind)(?:\/|$)|^\/index\.html(?:[?#]|$)/;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

export function serveSite(dist: string): Plugin {
  return {
    name: 'serve-built-site',
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const url = request.url ?? '/';
        if (!SITE_PATHS.test(url)) return next();
        const file = fileFor(dist, url);
        if (!file) {
          response.statusCode = 404;
          response.setHeader('content-type', 'text/plain; charset=utf-8');
          response.end(`not in dist/: ${url}`);
          return;
        }
        response.setHeader('content-type', TYPES[path.extname(file)] ?? 'application/octet-stream');
        response.setHeader('cache-control', 'no-cache');
        createReadStream(file).pipe(response);
      });
    },
  };
}
