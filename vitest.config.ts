import { defineConfig } from 'vitest/config';
import { browserProject, timedRunProject } from './tests/browser/project.ts';

export default defineConfig({
  test: {
    // Examples mostly sleep: run many at once, so the suite takes about as long as the longest ones;
    // not all at once, so that hundreds of interpreters starting together do not delay timed lines.
    maxConcurrency: 48,
    // Test files wait on Python far more than they compute: more of them at once than cores.
    maxWorkers: 4,
    // Every run has its own limit, counted from the snippet's start; this is only the backstop.
    testTimeout: 120_000,
    projects: [
      {
        test: {
          // Every example of every page, first and on their own: the toolkit's tests start interpreters
          // and Pyodide hosts at normal priority, which delay timed lines. In `npm run stress` (two busy
          // loops), the smallest of the 98 timing margins was 0.07–0.17 s of 0.3 with them beside the
          // examples (3 runs), and 0.15–0.21 s with the examples alone (8 runs).
          name: 'examples',
          include: ['tests/literate.test.ts'],
        },
      },
      {
        test: {
          // The toolkit's own tests, the timelines recorded again, and the checks of the pages' text.
          name: 'toolkit',
          include: ['tests/timelines.test.ts', 'tests/boundary.test.ts', 'tests/parity.test.ts', 'tests/what-changed.test.ts', 'tests/first-use.test.ts', 'tests/test-talk.test.ts', 'tests/ci-workflow.test.ts', 'tests/harness/**/*.test.ts'],
          exclude: ['tests/harness/teardown.test.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          // Nested suites with Chromium and Pyodide ended four ways: heavy on the CPU, so last.
          name: 'teardown',
          include: ['tests/harness/teardown.test.ts'],
          sequence: { groupOrder: 4 },
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          // Builds the site once (astro build → dist/); Vitest runs every project's global setup
          // before any test, so the build never runs beside the timed examples.
          globalSetup: ['tests/site/build-site.ts'],
          sequence: { groupOrder: 1 },
        },
      },
      // The built site in real Chromium: search, navigation, accessibility, links, Run (tests/browser/);
      // then, on their own, the in-page runs whose lines are timed.
      browserProject,
      timedRunProject,
    ],
  },
});
