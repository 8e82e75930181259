/**
 * Where the CNN test fixture (scripts/mnist/cnn-fixture.ts) is cached, and a reader for plain
 * Node scripts such as the API bench: it builds the fixture with tsx when it is missing (the
 * builder needs TF.js, whose ESM build Node cannot load without a bundler-style resolver).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURE_CACHE = join(ROOT, 'node_modules/.cache/tfk-cnn-fixture/v1.json');

/** A trained ~93 % module-4 CNN: weights as the API takes them, and its TF.js test logits. */
export type CnnFixture = {
  shapes: number[][];
  /** base64 of little-endian float32 weights. */
  float32: string;
  /** base64 of 10,000 x 10 float32 logits computed by TF.js wasm. */
  logits: string;
  /** Test images the model classifies correctly (of 10,000). */
  correct: number;
  backend: string;
};

export function readCnnFixture(): CnnFixture {
  if (!existsSync(FIXTURE_CACHE)) {
    const built = spawnSync('npx', ['tsx', 'scripts/mnist/cnn-fixture.ts'], { cwd: ROOT, stdio: 'inherit' });
    if (built.status !== 0) throw new Error('Building the CNN fixture failed.');
  }
  return JSON.parse(readFileSync(FIXTURE_CACHE, 'utf8')) as CnnFixture;
}

/** The predictions the fixture model makes (argmax of its logits), one digit per test image. */
export function fixturePredictions(f: CnnFixture): number[] {
  const z = new Float32Array(Uint8Array.from(atob(f.logits), (c) => c.charCodeAt(0)).buffer);
  return Array.from({ length: 10_000 }, (_, i) => {
    let top = 0;
    for (let d = 1; d < 10; d++) if (z[i * 10 + d]! > z[i * 10 + top]!) top = d;
    return top;
  });
}
