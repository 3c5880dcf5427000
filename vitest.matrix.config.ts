import { defineConfig } from 'vitest/config';

// The version matrix check runs on its own, after the other tests, so that its many
// interpreter runs do not share the cores with the timing checks of the literate suite.
export default defineConfig({
  test: {
    name: 'matrix',
    include: ['tests/matrix/**/*.test.ts'],
    maxConcurrency: 50,
  },
});
