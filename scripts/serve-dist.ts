/**
 * A built site served on 127.0.0.1 as a static host serves it, for the scripts that measure it in Chromium
 * (lighthouse.ts, search-timing.ts): a directory's index.html, and text compressed with gzip, as GitHub Pages
 * and the like do. Measured uncompressed, a page would be timed as no host delivers it. And which of its
 * files are pages, for those scripts and the browser tests.
 */
import { readdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import compression from 'compression';
import sirv from 'sirv';

export interface ServedSite {
  /** "http://127.0.0.1:PORT" */
  origin: string;
  close(): void;
}

export async function serveDist(dist: string, port: number): Promise<ServedSite> {
  const files = sirv(dist);
  // Express middleware, typed with Express's request; it uses only what Node's request and response have.
  const compress = compression() as unknown as (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  const notFound = (response: ServerResponse) => {
    response.statusCode = 404;
    response.end('not found');
  };
  const server = createServer((request, response) => compress(request, response, () => files(request, response, () => notFound(response))));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() };
}

/** Folders of a build that hold no pages: the assets, Pagefind's index, and the timelines' page parts (no <head>, fetched by the side-by-side view). */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'timelines']);

/** Every page of a built site, as the path a reader opens ("/", "/zh/threads/"), sorted. */
export function builtPages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((file) => path.basename(file) === 'index.html' && !NOT_PAGES.has(file.split(path.sep)[0]!))
    .map((file) => (path.dirname(file) === '.' ? '/' : `/${path.dirname(file).split(path.sep).join('/')}/`))
    .sort();
}
