/** MaxPoolGrad of non-overlapping 2x2 windows on a wasm memory (maxpool-module.ts). */
import type { backend_util } from '@tensorflow/tfjs-core';
import { exportsOn } from './instantiate.ts';
import { maxPoolModule } from './maxpool-module.ts';

/**
 * Writes dx (float indices x, dy, dx in `memory`) of a 2x2, stride-2, unpadded max pool of the
 * NHWC input x whose windows `info` describes: each window's dy at its first maximum, +0 at the
 * other taps. Input rows and columns past the last window are left as they are (zero them first).
 * Throws a RangeError unless the channel count is a multiple of 4 (the JS loop takes the rest).
 */
export function maxPoolGrad2x2On(memory: WebAssembly.Memory, x: number, dy: number, dx: number, info: backend_util.Conv2DInfo): void {
  const { batchSize, inHeight, inWidth, inChannels: c, outHeight, outWidth } = info;
  if (c % 4 !== 0) throw new RangeError(`the wasm 2x2 pool gradient needs channels in groups of 4 (got ${c})`);
  if (outWidth === 0) return;
  const row = exportsOn(memory, 'maxpool-2x2', maxPoolModule).row as (...args: number[]) => void;
  for (let b = 0; b < batchSize; b++) {
    for (let oy = 0; oy < outHeight; oy++) {
      const top = ((b * inHeight + 2 * oy) * inWidth) * c;
      row((x + top) * 4, (dy + (b * outHeight + oy) * outWidth * c) * 4, (dx - x) * 4, outWidth, c / 4, c * 4, inWidth * c * 4);
    }
  }
}
