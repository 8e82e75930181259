import * as tf from '@tensorflow/tfjs-core';
import { describe, expect, it } from 'vitest';
import { wasmHeapBytes } from '../../backend/heap';
import { buildCnn } from '../../../cnn/model/build';
import { START_SEED, mnistTestImages, useWasmBackend } from '../../test-fixtures';
import { scoreSplit } from '../evaluate';
import { combineGradients, packValues, unpackValues } from '../gradients';
import { HostAdam } from '../host-adam';
import { localStep } from '../loop';
import { GradientPool, splitRanges } from './pool';
import { inProcessPort, type HelperPort } from './port';

const batchOf = (count: number, from = 0) => {
  const part = mnistTestImages(from, count);
  return { count, pixels: part.pixels, labels: Int32Array.from(part.labels) };
};

useWasmBackend();

const ADAMS = { 'tfjs Adam': () => tf.train.adam(0.001), HostAdam: () => new HostAdam(0.001) };

/** Two identical models (seeded, see START_SEED) and Adam optimisers, so one can step locally and one through the pool. */
function twins(adam: () => tf.Optimizer = ADAMS['tfjs Adam']) {
  const a = buildCnn(0, START_SEED);
  const b = buildCnn(0, START_SEED);
  return { a, b, optA: adam(), optB: adam() };
}

const maxDifference = (x: tf.Tensor[], y: tf.Tensor[]) => Math.max(...x.map((t, i) => tf.tidy(() => tf.max(tf.abs(tf.sub(t, y[i]!))).dataSync()[0]!)));

describe('data-parallel steps', () => {
  it('splits a batch into near-equal contiguous parts', () => {
    expect(splitRanges(64, 2)).toEqual([[0, 32], [32, 64]]);
    expect(splitRanges(65, 3)).toEqual([[0, 21], [21, 43], [43, 65]]);
    expect(splitRanges(2, 4)).toEqual([[0, 1], [1, 2]]);
  });

  it('weights each part by its image count', () => {
    const [g] = combineGradients([{ grads: [tf.tensor1d([1, 2])], count: 3 }, { grads: [tf.tensor1d([5, 10])], count: 1 }]);
    expect(Array.from(g!.dataSync())).toEqual([2, 4]);
  });

  it('packs and unpacks values, and refuses a size mismatch', () => {
    const ts = [tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([5])];
    const back = unpackValues(packValues(ts), ts);
    expect(back.map((t) => Array.from(t.dataSync()))).toEqual([[1, 2, 3, 4], [5]]);
    expect(() => unpackValues(new Float32Array(4), ts)).toThrow('Expected 5 values for 2 tensors, got 4');
  });

  it('packs into a given buffer of the right length, and into a new one otherwise', () => {
    const ts = [tf.tensor2d([[1, 2], [3, 4]]), tf.tensor1d([5])];
    const reused = new Float32Array(5);
    expect(packValues(ts, reused)).toBe(reused);
    expect(Array.from(reused)).toEqual([1, 2, 3, 4, 5]);
    const other = packValues(ts, new Float32Array(4));
    expect(Array.from(other)).toEqual([1, 2, 3, 4, 5]);
    tf.dispose(ts);
  });

  it('sends each step\'s weights in the buffer the helper\'s last gradients came back in (no fresh memory per step)', async () => {
    const { b, optB } = twins();
    const inner = inProcessPort();
    const sent: Float32Array[] = [], returned: Float32Array[] = [];
    const port: HelperPort = {
      async send(request, transfer) {
        if (request.type === 'step') sent.push(request.weights);
        const reply = await inner.send(request, transfer);
        if (reply.type === 'grads') returned.push(reply.grads);
        return reply;
      },
      close: () => inner.close(),
    };
    const pool = new GradientPool('wasm', [port]);
    for (const from of [0, 64, 128]) {
      const { loss, correct } = await pool.step(b, optB, batchOf(64, from));
      tf.dispose([loss, correct]);
    }
    expect(sent).toHaveLength(3);
    expect(sent[1]).toBe(returned[0]);
    expect(sent[2]).toBe(returned[1]);
    pool.close();
  });

  for (const [helpers, adam] of [[1, 'tfjs Adam'], [2, 'tfjs Adam'], [1, 'HostAdam'], [2, 'HostAdam']] as const) {
    it(`gives the same update as one local step (${helpers} helper${helpers > 1 ? 's' : ''}, odd batch, ${adam})`, async () => {
      const { a, b, optA, optB } = twins(ADAMS[adam]);
      const pool = new GradientPool('wasm', Array.from({ length: helpers }, inProcessPort));
      expect(pool.helperHeapBytes).toBe(0);
      for (const [count, from] of [[64, 0], [37, 64], [64, 101]] as const) {
        const batch = batchOf(count, from);
        const local = await localStep(a, optA, batch);
        const split = await pool.step(b, optB, batch);
        expect(split.loss.dataSync()[0]).toBeCloseTo(local.loss.dataSync()[0]!, 4);
        expect(split.correct.dataSync()[0]).toBe(local.correct.dataSync()[0]);
        tf.dispose([local.loss, local.correct, split.loss, split.correct]);
      }
      // Summation order differs with the split, so float32 rounding does too; from this start the
      // two end at most 1e-6 apart (up to 1.6e-5 from some others, and 1e-4 from about one start in
      // twenty: START_SEED says why). A lost or doubled slice moves whole steps of lr 1e-3.
      expect(maxDifference(a.getWeights(), b.getWeights())).toBeLessThan(1e-4);
      // In-process helpers share this thread's wasm memory, so each reports the same heap.
      expect(pool.helperHeapBytes).toBe(helpers * wasmHeapBytes()!);
      pool.close();
      a.dispose(); b.dispose(); optA.dispose(); optB.dispose();
    }, 60_000);
  }

  it('never sends a helper more than half of a batch, even when it is timed far faster than this worker', async () => {
    const model = buildCnn();
    const optimizer = tf.train.adam(0.001);
    const helper = inProcessPort();
    const sizes: number[] = [];
    // Claims 0.1 ms per image, so the balancer would hand it most of each batch.
    const fast: HelperPort = {
      async send(request) {
        const images = request.type === 'init' ? 0 : request.labels.length;
        if (request.type === 'step') sizes.push(images);
        const reply = await helper.send(request);
        return reply.type === 'grads' ? { ...reply, computeMs: 0.1 * images } : reply;
      },
      close() {},
    };
    const pool = new GradientPool('wasm', [fast]);
    for (let i = 0; i < 4; i++) {
      const { loss, correct } = await pool.step(model, optimizer, batchOf(64, i * 64));
      tf.dispose([loss, correct]);
    }
    expect(sizes).toEqual([32, 32, 32, 32]);
    pool.close();
    model.dispose();
    optimizer.dispose();
  }, 60_000);

  it('scores a split exactly as one worker does', async () => {
    const model = buildCnn();
    const split = mnistTestImages(0, 1000);
    const indices = Uint32Array.from({ length: 777 }, (_, i) => (i * 7) % 1000);
    const pool = new GradientPool('wasm', [inProcessPort(), inProcessPort()]);
    const [local, parallel] = [await scoreSplit(model, split, indices), await pool.score(model, split, indices)];
    expect(parallel.predicted).toEqual(local.predicted);
    expect(parallel.accuracy).toBeCloseTo(local.accuracy, 6);
    expect(parallel.loss).toBeCloseTo(local.loss, 5);
    pool.close();
    model.dispose();
  }, 60_000);

  it('leaves the weights untouched and frees its tensors when a helper fails', async () => {
    const model = buildCnn();
    const optimizer = tf.train.adam(0.001);
    const before = model.getWeights().map((w) => w.clone());
    const broken: HelperPort = { send: async (r) => { if (r.type === 'step') throw new Error('helper crashed'); return { type: 'ready' }; }, close() {} };
    const pool = new GradientPool('wasm', [broken]);
    const tensors = tf.memory().numTensors;
    await expect(pool.step(model, optimizer, batchOf(64))).rejects.toThrow('helper crashed');
    expect(tf.memory().numTensors).toBe(tensors);
    expect(maxDifference(before, model.getWeights())).toBe(0);
    tf.dispose(before);
    model.dispose();
    optimizer.dispose();
  }, 60_000);
});
