import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../../lib/shuffle';
import { affineParams, dequantizeInt8, quantizeInt8 } from './affine';

/** Gaussian-ish weights (sum of uniforms) of spread `size`, from a seed. */
function weights(count: number, size: number, seed: number): Float32Array {
  const random = mulberry32(seed);
  return Float32Array.from({ length: count }, () => (random() + random() + random() - 1.5) * size);
}

describe('int8 affine quantization', () => {
  it('gives the module\'s scale and zero point for activations in [-1, 3]', () => {
    const { scale, zeroPoint } = affineParams(-1, 3);
    expect(scale).toBeCloseTo(4 / 255, 12);
    expect(zeroPoint).toBe(-64);
    const tensor = quantizeInt8(Float32Array.from([-1, 0, 3]));
    expect(Array.from(tensor.q)).toEqual([-128, -64, 127]); // q = -128 stands for -1
    expect(dequantizeInt8(tensor)[1]).toBe(0); // zero is stored exactly
  });

  it('stretches the range to include zero', () => {
    expect(affineParams(2, 4)).toEqual({ scale: 4 / 255, zeroPoint: -128 });
    expect(affineParams(-4, -2)).toEqual({ scale: 4 / 255, zeroPoint: 127 });
    expect(affineParams(0, 0)).toEqual({ scale: 1, zeroPoint: 0 });
    expect(() => affineParams(1, -1)).toThrow(/Cannot quantize/);
  });

  // The dequantized value is a float32 itself: its own rounding (2^-24 relative) comes on top of half a step.
  it('rounds every value to within half a step: |w - w\'| <= scale / 2', () => {
    for (const seed of [1, 2, 3]) {
      const values = weights(5_000, 0.2 * seed, seed);
      const tensor = quantizeInt8(values);
      const back = dequantizeInt8(tensor);
      const { scale } = tensor.params[0]!;
      let worst = 0;
      for (let i = 0; i < values.length; i++) {
        const error = Math.abs(values[i]! - back[i]!);
        expect(error).toBeLessThanOrEqual(scale / 2 + Math.abs(values[i]!) * 2 ** -23);
        worst = Math.max(worst, error);
      }
      expect(worst).toBeGreaterThan(scale / 4); // it does round: a bound that always holds would prove nothing
    }
  });

  it('per channel (last axis) is at least as accurate as per tensor when channels differ in range', () => {
    const channels = 4;
    const base = weights(3 * 3 * 8 * channels, 1, 7);
    const kernel = base.map((v, i) => v * 10 ** -(i % channels)); // channel c spans about 10^-c
    const perTensor = dequantizeInt8(quantizeInt8(kernel));
    const perChannelTensor = quantizeInt8(kernel, channels);
    const perChannel = dequantizeInt8(perChannelTensor);
    expect(perChannelTensor.params).toHaveLength(channels);
    for (let c = 0; c < channels; c++) {
      let tensorError = 0, channelError = 0;
      for (let i = c; i < kernel.length; i += channels) {
        tensorError = Math.max(tensorError, Math.abs(kernel[i]! - perTensor[i]!));
        channelError = Math.max(channelError, Math.abs(kernel[i]! - perChannel[i]!));
      }
      expect(channelError).toBeLessThanOrEqual(perChannelTensor.params[c]!.scale / 2 * (1 + 1e-5));
      expect(channelError).toBeLessThanOrEqual(tensorError);
      if (c > 0) expect(channelError).toBeLessThan(tensorError / 5); // the narrow channels gain most
    }
  });

  it('refuses a channel count that does not divide the values', () => {
    expect(() => quantizeInt8(new Float32Array(10), 3)).toThrow(/do not split/);
  });
});
