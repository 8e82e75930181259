import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { alias: { '~': new URL('./src', import.meta.url).pathname } },
  test: {
    name: 'unit',
    environment: 'node',
    include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'functions/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    allowOnly: !process.env.CI,
    testTimeout: 60_000,
  },
});
