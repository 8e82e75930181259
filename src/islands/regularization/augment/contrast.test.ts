import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { adjustContrast, sampleContrast } from './contrast';
import { factorProblem } from './factor';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('RandomContrast', () => {
  it('keeps the mean of each image and scales the distance from it', () => {
    const images = tf.tensor4d([0.3, 0.4, 0.6, 0.7, 0.1, 0.2, 0.2, 0.3], [2, 2, 2, 1]);
    const out = adjustContrast(images, [1.5, 2]);
    expect(Array.from(tf.mean(out, [1, 2, 3]).dataSync()).map((v) => +v.toFixed(5))).toEqual([0.5, 0.2]);
    expect(Array.from(out.dataSync()).map((v) => +v.toFixed(5))).toEqual([0.2, 0.35, 0.65, 0.8, 0, 0.2, 0.2, 0.4]);
  });

  it('clips to value_range (0, 1)', () => {
    const out = adjustContrast(tf.tensor4d([0, 1, 0, 1], [1, 2, 2, 1]), [3]);
    expect(Array.from(out.dataSync())).toEqual([0, 1, 0, 1]);
  });

  it('draws a single-number factor f from [1, 1 + f], as Keras 3 code does', () => {
    const draws = [0, 0.5, 0.999999];
    let i = 0;
    const c = sampleContrast(0.2, 3, () => draws[i++]!);
    expect(c[0]).toBe(1);
    expect(c[1]).toBeCloseTo(1.1, 6);
    expect(c[2]).toBeCloseTo(1.2, 5);
  });

  it('rejects factors outside [0, 1]', () => {
    expect(factorProblem('contrast', -0.1)).toMatch(/between 0 and 1/);
    expect(factorProblem('contrast', Number.NaN)).toMatch(/number/);
    expect(factorProblem('contrast', 0.5)).toBeNull();
  });
});
