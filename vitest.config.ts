import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Vitest's default is one worker less than the cores: one on a two-core machine. The unit files
    // run two at a time; fixture builds of one checkout take turns anyway (src/integrations/build-lock.ts).
    maxWorkers: 2,
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        // Each test here runs a real `astro build` of a fixture site: slower, so kept apart.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        // Imports and builds the law corpus: ../shared/corpus when beside the repository (about a minute),
        // else the subset in tests/fixtures/corpus (tests/support/corpus.ts).
        test: { name: 'corpus', include: ['tests/corpus/**/*.test.ts'], testTimeout: 120_000, hookTimeout: 600_000 },
      },
    ],
  },
});
