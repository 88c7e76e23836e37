import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['tests/tempRoot.setup.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          setupFiles: ['tests/fastCheck.setup.ts'],
        },
      },
      {
        // Whole `astro build` runs: slower, so kept apart from the unit tests.
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          setupFiles: ['tests/fastCheck.setup.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
