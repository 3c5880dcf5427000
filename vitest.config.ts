import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Examples mostly sleep: run them all at once, so the suite takes about as long as the longest one.
    maxConcurrency: 200,
    testTimeout: 30_000,
    reporters: ['default'],
  },
});
