/** MNIST images as [0, 1] floats on the host, 784 per image, gathered by index from a uint8 split. */
import type { Split } from '~/islands/runtime/mnist/shards.ts';
import { PIXELS } from './errors.ts';

/** Images `indices[start..end)` of `split`, scaled to [0, 1]; throws for an index outside the split. */
export function imagesAt(split: Split, indices: ArrayLike<number>, start = 0, end = indices.length): Float32Array {
  const out = new Float32Array((end - start) * PIXELS);
  for (let i = start; i < end; i++) {
    const index = indices[i]!;
    if (!(Number.isInteger(index) && index >= 0 && index < split.count)) throw new RangeError(`Image ${index} is not in the split of ${split.count}.`);
    const source = split.pixels.subarray(index * PIXELS, (index + 1) * PIXELS);
    for (let p = 0; p < PIXELS; p++) out[(i - start) * PIXELS + p] = source[p]! / 255;
  }
  return out;
}

/** Consecutive indices `start, start + 1, ...` (`count` of them). */
export const range = (start: number, count: number): Uint32Array => Uint32Array.from({ length: count }, (_, i) => start + i);
