// @ts-check
/**
 * Mutation testing of the pure selectors and the link state: `npm run test:mutation`.
 * Not part of `npm test`: every mutant reruns the unit tests that cover it, which takes long on two cores.
 * Incremental: a rerun only tests the mutants whose code or covering tests changed since the last run
 * (`npm run test:mutation -- --force` runs them all).
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'tests/mutation/vitest.config.ts' },
  mutate: ['src/selectors/**/*.ts', 'src/state/**/*.ts', '!src/**/*.test.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level constants such as DEFAULT_STATE or the codecs) need every test
  // file reloaded per mutant: a fifth of the mutants and most of the time. They are left out.
  ignoreStatic: true,
  // The machine is shared; one test process keeps the rest of it usable.
  concurrency: 1,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  tempDirName: '.stryker-tmp',
  // Stryker rewrites tsconfig paths that point outside its sandbox with the TypeScript API, which
  // TypeScript 7 no longer has; none of ours does, so the rewrite is skipped by naming no file.
  tsconfigFile: 'no-tsconfig-rewrite.json',
  ignorePatterns: ['dist', 'dist-single', '.tmp', 'bench', 'public', 'reports', 'tests/e2e', 'tests/screenshots', 'test-results'],
  reporters: ['clear-text', 'progress-append-only', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 80, break: null },
};
