import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/support/fast-check.ts'],
    // CLI tests spawn the binary many times at once; on a busy 2-core machine that takes a while.
    testTimeout: 120_000,
  },
});
