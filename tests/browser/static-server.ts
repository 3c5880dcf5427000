/**
 * A tiny static file server for the built site (dist/), on 127.0.0.1 only: what a reader's
 * browser would get from any static host, with directory URLs served from their index.html.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolves a URL path to a file under root, or null (also for paths that try to leave root). */
export function fileFor(root: string, urlPath: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? '/');
  } catch {
    return null;
  }
  const file = path.join(root, pathname);
  if (!file.startsWith(root)) return null;
  if (existsSync(file) && statSync(file).isDirectory()) {
    const index = path.join(file, 'index.html');
    return pathname.endsWith('/') && existsSync(index) ? index : null;
  }
  return existsSync(file) ? file : null;
}

export function serveStatic(root: string, port = 0): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const file = fileFor(root, request.url ?? '/');
    if (!file) {
      const notFound = path.join(root, '404.html');
      response.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      if (existsSync(notFound)) createReadStream(notFound).pipe(response);
      else response.end('<!doctype html><title>404</title><h1>404</h1>');
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address() as AddressInfo;
      resolve({ server, origin: `http://127.0.0.1:${actual}` });
    });
  });
}
