import { describe, expect, it } from 'vitest';
import { softmaxCrossEntropy } from './loss';

describe('softmaxCrossEntropy', () => {
  it('gives the mean clipped loss, the correct count and (p - one-hot) / n per row', () => {
    const probs = Float32Array.from([0.7, 0.2, 0.1, /* */ 0.25, 0.5, 0.25, /* */ 0.4, 0.4, 0.2]);
    const { loss, correct, dLogits } = softmaxCrossEntropy(probs, [0, 2, 1], 3);
    expect(loss).toBeCloseTo(-(Math.log(0.7) + Math.log(0.25) + Math.log(0.4)) / 3, 6);
    // Row 3 ties 0 and 1: argMax takes the first, so its label 1 is not a hit.
    expect(correct).toBe(1);
    const expected = [-0.3, 0.2, 0.1, 0.25, 0.5, -0.75, 0.4, -0.6, 0.2].map((v) => v / 3);
    Array.from(dLogits).forEach((v, i) => expect(v).toBeCloseTo(expected[i]!, 6));
  });

  it('passes no gradient through a clipped probability, and clips the loss like Keras (1e-7)', () => {
    const probs = Float32Array.from([1, 0, /* */ 0, 1]);
    const { loss, correct, dLogits } = softmaxCrossEntropy(probs, [0, 0], 2);
    expect(loss).toBeCloseTo((-Math.log(Math.fround(1 - 1e-7)) - Math.log(Math.fround(1e-7))) / 2, 5);
    expect(correct).toBe(1);
    expect(Array.from(dLogits)).toEqual([0, 0, 0, 0]);
  });

  it('refuses labels outside the classes and a probability count that does not fit', () => {
    expect(() => softmaxCrossEntropy(new Float32Array(4), [0, 2], 2)).toThrow('Label 2 of image 1 is not a class in [0, 2).');
    expect(() => softmaxCrossEntropy(new Float32Array(5), [0, 1], 2)).toThrow('Expected 4 probabilities for 2 labels, got 5.');
  });
});
