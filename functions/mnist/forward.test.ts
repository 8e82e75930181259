import { describe, expect, it, beforeAll } from 'vitest';
import { flatWeights, float32Base64, randomCnn, tfjsLogits, useCpu } from '../../scripts/mnist/tfjs-logits.ts';
import { CNN_PARAM_COUNT, CNN_TENSORS, sizeOf } from './architecture';
import { cnnLogits, prepareNet } from './forward';
import { decodeWeights } from './weights';

beforeAll(useCpu);

/** Random digits-like images: mostly zero background, random strokes. */
function randomImages(count: number, seed: number): Uint8Array {
  let s = seed;
  const rand = () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  return Uint8Array.from({ length: count * 784 }, () => (rand() < 0.7 ? 0 : Math.floor(rand() * 256)));
}

describe('the Worker forward pass', () => {
  it('reproduces TensorFlow.js (cpu backend) logits for random weights and inputs', () => {
    for (const seed of [1, 2]) {
      const model = randomCnn(seed * 100);
      const { shapes, values } = flatWeights(model);
      expect(shapes).toEqual(CNN_TENSORS.map((t) => t.shape));
      expect(values.length).toBe(CNN_PARAM_COUNT);
      const decoded = decodeWeights({ shapes, float32: float32Base64(values) });
      if (!decoded.ok) throw new Error(decoded.problem);
      const images = randomImages(8, seed);
      const reference = tfjsLogits(model, images, 8);
      let worst = 0, scale = 0;
      for (let i = 0; i < 8; i++) {
        const ours = cnnLogits(prepareNet(decoded.weights), images.subarray(i * 784, (i + 1) * 784));
        for (let d = 0; d < 10; d++) {
          worst = Math.max(worst, Math.abs(ours[d]! - reference[i * 10 + d]!));
          scale = Math.max(scale, Math.abs(reference[i * 10 + d]!));
        }
      }
      expect(scale).toBeGreaterThan(1); // logits are not trivially small
      expect(worst / scale).toBeLessThan(1e-5);
      model.dispose();
    }
  });

  it('sees a change in any layer (a pass that ignored a layer would not)', () => {
    const model = randomCnn(7);
    const { shapes, values } = flatWeights(model);
    const image = randomImages(1, 3);
    const logits = (v: Float32Array) => {
      const d = decodeWeights({ shapes, float32: float32Base64(v) });
      if (!d.ok) throw new Error(d.problem);
      return Array.from(cnnLogits(prepareNet(d.weights), image));
    };
    const before = logits(values);
    let offset = 0;
    for (const t of CNN_TENSORS) {
      const changed = values.slice();
      const size = sizeOf(t.shape);
      for (let i = offset; i < offset + size; i++) changed[i] = changed[i]! * 1.5 + 0.01;
      expect(logits(changed), t.name).not.toEqual(before);
      offset += size;
    }
    model.dispose();
  });
});
