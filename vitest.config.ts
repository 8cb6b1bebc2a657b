import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Tests talk to loopback servers; keep parallelism modest on 2-core machines.
    pool: 'forks',
    maxWorkers: 2,
  },
});
