import { describe, expect, it } from 'vitest';
import { meanOf, reconstructionErrors } from './errors';

describe('reconstructionErrors', () => {
  it('gives one mean squared error per image', () => {
    // Image 1: every pixel off by 0.5 -> 0.25; image 2: perfect -> 0; image 3: one pixel off by 1 of 4 -> 0.25.
    const inputs = [0, 0, 0, 0, 1, 1, 1, 1, 0, 0, 0, 1];
    const outputs = [0.5, 0.5, 0.5, 0.5, 1, 1, 1, 1, 0, 0, 0, 0];
    expect(Array.from(reconstructionErrors(inputs, outputs, 4))).toEqual([0.25, 0, 0.25]);
  });

  it('uses 784 pixels per image by default', () => {
    const x = new Float32Array(784 * 2);
    const y = new Float32Array(784 * 2);
    y[0] = 1; // one pixel of the first image wrong by 1
    const [first, second] = reconstructionErrors(x, y);
    expect(first).toBeCloseTo(1 / 784, 8);
    expect(second).toBe(0);
  });

  it('refuses arrays that do not match or are not whole images', () => {
    expect(() => reconstructionErrors([0, 0], [0], 2)).toThrow(/2 input values but 1/);
    expect(() => reconstructionErrors([0, 0, 0], [0, 0, 0], 2)).toThrow(/whole number of 2-pixel images/);
  });

  it('averages', () => { expect(meanOf([1, 2, 3, 6])).toBe(3); });
});
