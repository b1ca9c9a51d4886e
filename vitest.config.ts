import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/fast-check.ts'],
    // CLI tests spawn the binary many times at once; on a busy 2-core machine that takes a while.
    testTimeout: 120_000,
    // Set-up hooks run the pipeline, a browser or a notebook's kernel: they get as long as a test.
    hookTimeout: 120_000,
  },
});
