import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/shuffle';
import { decodeFloat16, encodeFloat16, fromFloat16Bits, toFloat16Bits } from './float16';

describe('float16', () => {
  it('encodes known numbers to their IEEE half-precision bits', () => {
    const cases: [number, number][] = [[1, 0x3c00], [-2, 0xc000], [0.1, 0x2e66], [65_504, 0x7bff], [1e5, 0x7c00], [2 ** -24, 0x0001], [2 ** -14, 0x0400], [0, 0], [2 ** -26, 0]];
    for (const [value, bits] of cases) expect(toFloat16Bits(value), String(value)).toBe(bits);
    expect(toFloat16Bits(1 + 2 ** -11)).toBe(0x3c00); // a tie rounds to the even neighbour
    expect(toFloat16Bits(1 + 3 * 2 ** -11)).toBe(0x3c02);
    expect(fromFloat16Bits(0x2e66)).toBeCloseTo(0.0999755859375, 12);
  });

  it('keeps every weight within a relative 2^-11 (absolute 2^-25 below 2^-14)', () => {
    const random = mulberry32(11);
    const values = Float32Array.from({ length: 20_000 }, () => (random() - 0.5) * 10 ** (-8 + 9 * random()));
    const back = decodeFloat16(encodeFloat16(values));
    let worstRelative = 0;
    for (let i = 0; i < values.length; i++) {
      const error = Math.abs(values[i]! - back[i]!);
      const bound = Math.max(Math.abs(values[i]!) * 2 ** -11, 2 ** -25);
      expect(error).toBeLessThanOrEqual(bound);
      if (Math.abs(values[i]!) >= 2 ** -14) worstRelative = Math.max(worstRelative, error / Math.abs(values[i]!));
    }
    expect(worstRelative).toBeGreaterThan(2 ** -13); // real rounding happened
  });

  it('decodes the same as TensorFlow.js does for float16 weights', () => {
    const values = Float32Array.from([0.5, -0.333, 1e-6, 123.456, -7e-5]);
    const words = encodeFloat16(values);
    const decoded = tf.io.decodeWeights(words.buffer as ArrayBuffer, [{ name: 'w', shape: [5], dtype: 'float32', quantization: { dtype: 'float16' } }]);
    expect(Array.from(decoded.w!.dataSync())).toEqual(Array.from(decodeFloat16(words)));
  });
});
