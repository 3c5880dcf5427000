/**
 * The browser test projects ("browser", then "browser-timed"): the built site in real Chromium
 * (Vitest browser mode, Playwright provider). The global setup builds the site under a sub-path (/py-concurrency/, as on GitHub Pages);
 * the test server (127.0.0.1) serves it there, so the tests open its pages in frames on their own origin. `node scripts/ensure-chromium.ts` (run by
 * `npm test`) makes sure Chromium is there.
 */
import { playwright } from '@vitest/browser-playwright';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { emulateColorScheme, readClipboard, recordPageMargin, startRecordingRequests, stopRecordingRequests } from './commands.ts';
import { serveSite } from './serve-site.ts';
import { SUB_PATH_BUILD } from '../site/build-site.ts';

/** How the tests start Debian's Chromium: no downloads, no calls home, no sandbox as root. */
export const chromium = playwright({
  launchOptions: {
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // WebAssembly compiled by V8's baseline compiler only, as in the matrix's Pyodide hosts. Each Run
      // starts a fresh worker, and the optimizing tier's compiles run in background threads of the
      // same renderer during the run. Under two busy loops they made the timer behind a sleep fire
      // late: without this flag, 7 of 20 timed in-page runs failed (kettle-sync-blocking.py's
      // sleep(1) ended at 1.15-1.32 s); with it, 0 of 10 (at most 1.09 s). run.test.ts also takes
      // 114 CPU-s instead of 127.
      '--js-flags=--liftoff-only',
    ],
  },
  contextOptions: { permissions: ['clipboard-read', 'clipboard-write'] },
});

/** A browser project: the built site served under its sub-path, and Debian's Chromium. */
const inChromium = (test: { name: string; include: string[]; exclude?: string[]; groupOrder: number }): TestProjectInlineConfiguration => ({
  plugins: [serveSite(SUB_PATH_BUILD)],
  test: {
    name: test.name,
    include: test.include,
    exclude: test.exclude ?? [],
    sequence: { groupOrder: test.groupOrder },
    globalSetup: ['tests/browser/global-setup.ts', 'tests/browser/reap-chromium.ts'],
    // A guard against a hang, not a measure: axe on the largest page (a side-by-side one) takes
    // about 11 s idle in both schemes, and one scheme took past 60 s once when other work loaded the machine.
    testTimeout: 180_000,
    maxWorkers: 2,
    hookTimeout: 60_000,
    // The test server, which also serves the site: loopback only.
    api: { host: '127.0.0.1' },
    browser: {
      enabled: true,
      headless: true,
      provider: chromium,
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1280, height: 900 },
      screenshotFailures: false,
      commands: { startRecordingRequests, stopRecordingRequests, emulateColorScheme, readClipboard, recordPageMargin },
    },
  },
});

const TIMED_RUNS = 'tests/browser/run-timed.test.ts';

/**
 * The built site in Chromium: search, navigation, accessibility, links, Run and Replay. After the
 * other projects: Chromium and axe keep both cores busy, and the examples' timings (measured
 * inside CPython, ±0.3 s) should not compete with them.
 */
export const browserProject = inChromium({ name: 'browser', include: ['tests/browser/**/*.test.ts'], exclude: [TIMED_RUNS], groupOrder: 2 });

/**
 * The in-page runs whose lines are timed, after every other browser test: in the page, Pyodide's
 * time.sleep() waits for a timer of the run's worker, which fires late when other tests keep
 * Chromium busy.
 */
export const timedRunProject = inChromium({ name: 'browser-timed', include: [TIMED_RUNS], groupOrder: 3 });

declare module 'vitest/browser' {
  interface BrowserCommands {
    startRecordingRequests: () => Promise<void>;
    stopRecordingRequests: () => Promise<string[]>;
    emulateColorScheme: (scheme: 'light' | 'dark' | null) => Promise<void>;
    readClipboard: () => Promise<string>;
    recordPageMargin: (example: string, margin: number) => Promise<void>;
  }
}
