import { describe, expect, it } from 'vitest';
import { addGaussianNoise } from './noise';

const mean = (v: Float32Array) => v.reduce((s, x) => s + x, 0) / v.length;
const std = (v: Float32Array) => { const m = mean(v); return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / v.length); };

describe('addGaussianNoise', () => {
  it('adds noise of the standard deviation asked for (mid-grey pixels, where clipping is rare)', () => {
    const grey = new Float32Array(50_000).fill(0.5);
    const noisy = addGaussianNoise(grey, 0.1, 1);
    expect(std(noisy)).toBeCloseTo(0.1, 2);
    expect(mean(noisy)).toBeCloseTo(0.5, 2);
  });

  it('clips every pixel to [0, 1], as np.clip does', () => {
    const digit = Float32Array.from({ length: 10_000 }, (_, i) => (i % 2 ? 1 : 0));
    const noisy = addGaussianNoise(digit, 0.5, 3);
    expect(Math.min(...noisy)).toBe(0);
    expect(Math.max(...noisy)).toBe(1);
    expect(noisy.some((v) => v > 0 && v < 1)).toBe(true);
  });

  it('is the same for the same seed, different for another, and leaves its input alone', () => {
    const input = new Float32Array(784).fill(0.3);
    const a = addGaussianNoise(input, 0.4, 42);
    expect(addGaussianNoise(input, 0.4, 42)).toEqual(a);
    expect(addGaussianNoise(input, 0.4, 43)).not.toEqual(a);
    expect(input.every((v) => v === 0.3 || Math.abs(v - 0.3) < 1e-7)).toBe(true);
    expect(addGaussianNoise(input, 0, 42)).toEqual(input);
  });

  it('refuses a standard deviation outside 0-0.5', () => {
    expect(() => addGaussianNoise([0], -0.1, 1)).toThrow(/from 0 to 0.5/);
    expect(() => addGaussianNoise([0], 0.6, 1)).toThrow(/from 0 to 0.5/);
    expect(() => addGaussianNoise([0], Number.NaN, 1)).toThrow(/from 0 to 0.5/);
  });
});
