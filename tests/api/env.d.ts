import type { D1Migration } from 'cloudflare:test';

// Test-only bindings added in tests/api/vitest.config.ts.
declare global {
  namespace Cloudflare {
    interface Env {
      TEST_MIGRATIONS: D1Migration[];
      TEST_MNIST_LABELS: string;
      /** scripts/mnist/cnn-fixture.ts: a trained ~93 % module-4 CNN and its TF.js (wasm) test logits. */
      TEST_CNN_FIXTURE: { shapes: number[][]; float32: string; logits: string; correct: number; backend: string };
      D1_USAGE: string;
    }
  }
}
