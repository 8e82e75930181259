import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { runOperation } from './run';
import type { TensorInput } from './spec';

beforeAll(async () => { await tf.setBackend('cpu'); });

const t = (flat: (number | boolean)[], shape: number[], dtype: TensorInput['dtype'] = 'float32'): TensorInput => ({ flat, shape, dtype, shapeGiven: false });
const m23 = t([1, 2, 3, 4, 5, 6], [2, 3]);

describe('operations in real TensorFlow.js', () => {
  it('broadcasts a row over a matrix', async () => {
    const r = await runOperation(tf, { kind: 'add' }, m23, t([10, 20, 30], [3]));
    expect(r).toMatchObject({ ok: true, shape: [2, 3], dtype: 'float32' });
    expect(r.ok && [...r.values]).toEqual([11, 22, 33, 14, 25, 36]);
  });

  it('reports the matmul error with both shapes, at the op step', async () => {
    const r = await runOperation(tf, { kind: 'matmul' }, m23, m23);
    expect(r).toMatchObject({ ok: false, stage: 'op' });
    expect(!r.ok && r.message).toMatch(/2,3 and 2,3/);
  });

  it('reshapes with -1 and reduces with keepdims', async () => {
    const r = await runOperation(tf, { kind: 'reshape', shape: [-1, 2] }, m23, null);
    expect(r).toMatchObject({ ok: true, shape: [3, 2] });
    const s = await runOperation(tf, { kind: 'sum', axis: 1, keepdims: true }, m23, null);
    expect(s.ok && [s.shape, [...s.values]]).toEqual([[2, 1], [6, 15]]);
  });

  it('promotes int32 + float32 to float32, and floors int32 division (where Python differs)', async () => {
    const r = await runOperation(tf, { kind: 'add' }, t([1, 2], [2], 'int32'), t([0.5, 0.5], [2]));
    expect(r).toMatchObject({ ok: true, dtype: 'float32' });
    const d = await runOperation(tf, { kind: 'divide' }, t([-7, 7], [2], 'int32'), t([2, 2], [2], 'int32'));
    expect(d.ok && [d.dtype, [...d.values]]).toEqual(['int32', [-4, 3]]);
  });

  it('says which tensor could not be made, and frees every tensor', async () => {
    const before = tf.memory().numTensors;
    const r = await runOperation(tf, { kind: 'add' }, m23, t([1, 2, 3], [2, 2]));
    expect(r).toMatchObject({ ok: false, stage: 'b', message: expect.stringMatching(/should have 4 values but has 3/) });
    await runOperation(tf, { kind: 'cast', dtype: 'int32' }, m23, null);
    expect(tf.memory().numTensors).toBe(before);
  });
});
