import { defineConfig } from 'vitest/config';

// Unit tests: shared/ and electron/ run in Node; renderer/ data and sync code runs in Node with
// fake-indexeddb (the real IndexedDB is exercised by the Playwright end-to-end tests in Chromium).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'shared',
          include: ['shared/**/*.test.ts'],
          environment: 'node',
          // Property tests run hundreds of cases against a day-by-day reference: seconds on a loaded
          // machine. A timeout is not a performance check (that is `npm run bench`).
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'electron',
          include: ['electron/**/*.test.ts', 'test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'renderer',
          include: ['renderer/**/*.test.ts', 'renderer/**/*.test.tsx', 'test/sync/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 30_000,
        },
      },
      {
        // Model-based tests of the outbox against the demo marketplace's fault injection over HTTP.
        test: {
          name: 'model',
          include: ['test/model/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
          testTimeout: 600_000,
        },
      },
    ],
  },
});
