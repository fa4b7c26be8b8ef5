import { defineConfig } from 'vitest/config';
import { defines } from './scripts/package-facts.mjs';

export default defineConfig({
  // The version and repository the bundle gets from scripts/build.mjs.
  define: defines(),
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
    },
  },
});
