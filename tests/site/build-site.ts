/**
 * Global setup for the tests of the built site: build it (astro build, with the Pagefind index)
 * before the tests that read it, once per test run and build. Two builds: at the root (dist/, as
 * `npm run build` makes it), and under a sub-path as a GitHub Pages project site is served, which
 * the browser tests serve and tests/site/base-path.test.ts searches for root-absolute URLs.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = Symbol.for('py-concurrency-site.built');

/** A build of the site: the base path it is served under (BASE_PATH), and the folder it is written to. */
export interface SiteBuild {
  base: string;
  outDir: string;
}

export const ROOT_BUILD: SiteBuild = { base: '/', outDir: path.join(root, 'dist') };
export const SUB_PATH_BUILD: SiteBuild = { base: '/py-concurrency/', outDir: path.join(root, 'dist-sub-path') };

export function buildSite(build: SiteBuild): void {
  const state = globalThis as { [BUILT]?: Set<string> };
  const built = (state[BUILT] ??= new Set());
  if (built.has(build.outDir)) return;
  const run = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', build.outDir], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: build.base },
  });
  if (run.status !== 0) throw new Error(`astro build (BASE_PATH=${build.base}) failed:\n${run.stdout}\n${run.stderr}`);
  built.add(build.outDir);
}

export function setup(): void {
  buildSite(ROOT_BUILD);
  buildSite(SUB_PATH_BUILD);
}
