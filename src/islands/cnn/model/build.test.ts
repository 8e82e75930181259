import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { paramCounts, summaryRows } from '../../runtime/training/engine/summary';
import { SEED_TOTAL_PARAMS, buildCnn } from './build';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('the seed CNN', () => {
  it('has the summary rows Keras prints for module 4', () => {
    const model = buildCnn();
    const rows = summaryRows(model);
    expect(rows.map((r) => r.name)).toEqual(['conv2d', 'max_pooling2d', 'conv2d_1', 'max_pooling2d_1', 'conv2d_2', 'flatten', 'dense', 'dense_1']);
    expect(rows.map((r) => r.outputShape)).toEqual([[null, 26, 26, 32], [null, 13, 13, 32], [null, 11, 11, 64], [null, 5, 5, 64], [null, 3, 3, 64], [null, 576], [null, 64], [null, 10]]);
    expect(rows.filter((r) => r.params > 0).map((r) => r.params)).toEqual([320, 18_496, 36_928, 36_928, 650]);
    expect(paramCounts(model)).toEqual({ totalParams: SEED_TOTAL_PARAMS, trainableParams: SEED_TOTAL_PARAMS });
    model.dispose();
  });

  it('adds dropout before the last Dense without changing the parameter count', () => {
    const model = buildCnn(0.3);
    expect(summaryRows(model).slice(-2).map((r) => r.className)).toEqual(['Dropout', 'Dense']);
    expect(model.countParams()).toBe(SEED_TOTAL_PARAMS);
    model.dispose();
    expect(() => buildCnn(1)).toThrow(/Dropout must be/);
  });

  it('starts from the same weights for the same seed, and from new ones without a seed', () => {
    const values = (model: ReturnType<typeof buildCnn>) => { const v = model.getWeights().map((w) => Array.from(w.dataSync())); model.dispose(); return v; };
    const [a, b, c, unseeded] = [values(buildCnn(0, 7)), values(buildCnn(0.2, 7)), values(buildCnn(0, 8)), values(buildCnn())];
    expect(b).toEqual(a);
    expect(c[0]).not.toEqual(a[0]);
    expect(unseeded[0]).not.toEqual(a[0]);
    expect(() => buildCnn(0, 1.5)).toThrow(/seed must be an integer/);
  });
});
