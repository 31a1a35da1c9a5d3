import { defineConfig } from 'vitest/config';

// Two projects, one run:
// - unit: pure functions beside the code in src/core (parallel, isolated);
// - integration (test/): repositories, services and HTTP against one real database per engine per
//   run, shared by every file (one fork with isolate: false, so one PGlite+PostGIS instance of ~1 GB
//   is created once, not once per file), and the end-to-end journeys in real headless Chromium
//   against an in-process server on that same database.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'web/src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          pool: 'forks',
          maxWorkers: 1,
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
