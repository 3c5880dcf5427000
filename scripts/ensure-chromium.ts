/**
 * Makes sure the browser tests have a Chromium: CHROMIUM_PATH if set, else /usr/bin/chromium.
 * When it is missing and we are root with apt-get, installs Debian's `chromium` package;
 * otherwise stops with a one-line instruction. Run by `npm test` before Vitest.
 */
import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync } from 'node:fs';

const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

const runnable = (file: string) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command: string) => spawnSync('sh', ['-c', `command -v ${command}`], { encoding: 'utf8' }).status === 0;

if (runnable(path)) process.exit(0);

const root = process.getuid?.() === 0;
if (process.env['CHROMIUM_PATH'] === undefined && root && onPath('apt-get')) {
  console.log(`Chromium not found at ${path}: installing Debian's chromium package (apt-get update && apt-get install -y chromium)…`);
  const install = spawnSync('sh', ['-c', 'apt-get update && apt-get install -y chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  if (install.status === 0 && runnable(path)) process.exit(0);
  console.error(`Installing chromium failed (exit ${install.status}); install it yourself: apt-get install chromium`);
  process.exit(1);
}

const why = existsSync(path) ? `${path} is not executable` : `no Chromium at ${path}`;
console.error(
  `The browser tests need Chromium (${why}): install it (Debian/Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome binary.`,
);
process.exit(1);
