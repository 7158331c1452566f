import { defineConfig } from 'vitest/config';

// Browser tests: one Chromium and one static server for the whole run (see global-setup.ts),
// files run one after another because this machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
