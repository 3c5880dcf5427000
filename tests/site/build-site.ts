/**
 * Global setup for the tests of the built site: build it once (astro build → dist/, with the
 * Pagefind index) before the tests that read it. Several projects use this setup; the build runs
 * once per test run.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = Symbol.for('py-concurrency-site.built');

export function setup(): void {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT]) return;
  const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (build.status !== 0) throw new Error(`astro build failed:\n${build.stdout}\n${build.stderr}`);
  state[BUILT] = true;
}
