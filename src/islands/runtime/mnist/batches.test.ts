import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { BatchBuilder, shuffle, splitIndices, toTensors } from './batches';

beforeAll(async () => { await tf.setBackend('cpu'); });

const split = { count: 4, pixels: Uint8Array.from({ length: 4 * 784 }, (_, i) => Math.floor(i / 784) * 60 + (i % 2)), labels: Uint8Array.of(3, 1, 4, 1) };

describe('batch builder', () => {
  it('gathers the chosen images and labels and normalises on the device', () => {
    const builder = new BatchBuilder(split, 3);
    const batch = builder.gather([9, 2, 0, 9], 1, 3); // indices 2 and 0
    expect(Array.from(batch.labels)).toEqual([4, 3]);
    const before = tf.memory().numTensors;
    const { x, y } = toTensors(batch);
    expect(x.shape).toEqual([2, 28, 28, 1]);
    expect(x.dtype).toBe('float32');
    const values = x.dataSync();
    expect(values[0]).toBeCloseTo(120 / 255);
    expect(values[1]).toBeCloseTo(121 / 255);
    expect(values[784]).toBe(0);
    expect(Array.from(y.dataSync())).toEqual([4, 3]);
    tf.dispose([x, y]);
    expect(tf.memory().numTensors).toBe(before);
  });

  it('rejects bad batches and indices', () => {
    expect(() => new BatchBuilder(split, 0)).toThrow(/positive integer/);
    const builder = new BatchBuilder(split, 2);
    expect(() => builder.gather([0, 1, 2], 0, 3)).toThrow(/does not fit/);
    expect(() => builder.gather([7], 0, 1)).toThrow(/outside the split/);
  });

  it('holds out the last fraction for validation and shuffles a permutation', () => {
    const { train, validation } = splitIndices(10, 0.2);
    expect(Array.from(validation)).toEqual([8, 9]);
    const shuffled = shuffle(train.slice(), () => 0.3);
    expect(Array.from(shuffled).sort()).toEqual(Array.from(train));
    expect(Array.from(shuffled)).not.toEqual(Array.from(train));
  });
});
