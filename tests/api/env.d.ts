import type { D1Migration } from 'cloudflare:test';

// Test-only bindings added in tests/api/vitest.config.ts.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      TEST_MNIST_LABELS: string;
      D1_USAGE: string;
    }
  }
}
