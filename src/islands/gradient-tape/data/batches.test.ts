import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, expect, it } from 'vitest';
import { mnistTestImages } from '~/islands/runtime/test-fixtures';
import { LabBatches } from './batches';

beforeAll(async () => { await tf.setBackend('cpu'); });

it('visits every subset image once per epoch, in a seeded order, in batches of [n, 784] in [0, 1]', () => {
  const split = mnistTestImages(0, 50);
  const seen = (seed: number) => {
    const batches = new LabBatches(split, 4, seed, 10);
    const out: { epoch: number; number: number; labels: number[]; max: number; shape: number[] }[] = [];
    for (let i = 0; i < 4; i++) {
      const b = batches.next();
      out.push({ epoch: b.epoch, number: b.number, labels: Array.from(b.labels), max: tf.max(b.x).dataSync()[0]!, shape: b.x.shape });
      tf.dispose([b.x, b.y]);
    }
    return out;
  };
  const run = seen(7);
  expect(run.map((b) => [b.epoch, b.number, b.labels.length])).toEqual([[1, 1, 4], [1, 2, 4], [1, 3, 2], [2, 1, 4]]);
  expect(run.slice(0, 3).flatMap((b) => b.labels).sort()).toEqual(Array.from(split.labels.slice(0, 10)).sort());
  expect(run[0]!.shape).toEqual([4, 784]);
  expect(run.every((b) => b.max > 0.5 && b.max <= 1)).toBe(true);
  expect(seen(7)).toEqual(run);
  expect(seen(8).map((b) => b.labels)).not.toEqual(run.map((b) => b.labels));
});
