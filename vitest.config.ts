import { defineConfig } from 'vitest/config';

// Two projects: plain Node unit tests (beside the code, plus content checks) and the
// API integration tests that run the real Worker in workerd with a local D1.
export default defineConfig({
  test: {
    projects: ['./vitest.unit.config.ts', './tests/api/vitest.config.ts'],
  },
});
