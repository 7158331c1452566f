import { defineConfig } from 'vitest/config';

// The unit tests Stryker runs against each mutant of src/selectors and src/state (see stryker.config.json):
// the fast tests beside the code, without the basemap rebuild and the script tests of tests/unit,
// which import nothing from those two folders.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
