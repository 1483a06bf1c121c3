import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing (the extractor, text helpers, Cypher loading); `db` talks to a real Neo4j
// that tests/setup/global-setup.ts starts once (or the one NEO4J_URI names). Files of `db` share that database,
// so they run one after another and each starts from an empty graph (tests/setup/db.ts).
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/extract/**/*.test.ts', 'tests/unit/**/*.test.ts', 'tests/catalog/**/*.test.ts', 'tests/client/**/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'db',
          include: ['tests/graph/**/*.test.ts', 'tests/api/**/*.test.ts', 'tests/db/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/setup/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
