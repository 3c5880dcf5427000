/**
 * Serves Pyodide from the site itself, at <base>pyodide/: the Run button's worker loads it from
 * there, so no other host is contacted. `astro build` copies the files the worker needs from the
 * npm package into the build; `astro dev` serves them from node_modules.
 */
import { copyFileSync, createReadStream, existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What loadPyodide fetches for the standard library alone (no packages). */
const FILES = ['pyodide.mjs', 'pyodide.asm.mjs', 'pyodide.asm.wasm', 'python_stdlib.zip', 'pyodide-lock.json'];
const TYPES: Record<string, string> = { '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.zip': 'application/zip', '.json': 'application/json' };

const packageDir = path.dirname(createRequire(import.meta.url).resolve('pyodide/package.json'));

export default function pyodideFiles(): AstroIntegration {
  let base = '/';
  return {
    name: 'pyodide-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const name = request.url?.split('?')[0]?.slice(`${base}pyodide/`.length);
          if (!request.url?.startsWith(`${base}pyodide/`) || !name || !FILES.includes(name)) return next();
          response.setHeader('Content-Type', TYPES[path.extname(name)]!);
          createReadStream(path.join(packageDir, name)).pipe(response);
        });
      },
      'astro:build:done': ({ dir }) => {
        const target = path.join(fileURLToPath(dir), 'pyodide');
        mkdirSync(target, { recursive: true });
        for (const name of FILES) {
          const source = path.join(packageDir, name);
          if (!existsSync(source)) throw new Error(`${source} is missing: run npm install (the pyodide package provides it)`);
          copyFileSync(source, path.join(target, name));
        }
      },
    },
  };
}
