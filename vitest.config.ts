import { defineConfig } from 'vitest/config';

// Three kinds of test, one run:
// - unit: pure functions beside the code in src/core (parallel, isolated);
// - db/http: against one real database per engine per run, shared by every file of the project
//   (isolate: false keeps the engine's module-level handle alive across files; one fork, so one
//   PGlite+PostGIS instance of ~1 GB is created once, not once per file);
// - e2e: real headless Chromium against an in-process server.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          exclude: ['test/e2e/**'],
          pool: 'forks',
          maxWorkers: 1,
          isolate: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
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
