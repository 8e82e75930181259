import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { afterAll, describe, expect, it } from 'vitest';
import { useWasmBackend } from '../test-fixtures';
import { HostAdam, adamFor } from './host-adam';
import { setLearningRate } from './step';

useWasmBackend();
afterAll(() => tf.setBackend('wasm'));

const SHAPES = [[3, 3, 1, 4], [4], [50, 10], [1]];

/** Deterministic pseudo-random values in [-scale, scale] (a fixed LCG, so runs compare). */
function values(count: number, seed: number, scale = 1): Float32Array {
  let s = seed >>> 0;
  return Float32Array.from({ length: count }, () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32 * 2 - 1) * scale);
}

const variablesFor = (tag: string) => SHAPES.map((shape, i) => tf.variable(tf.tensor(values(shape.reduce((a, b) => a * b, 1), 7 + i), shape), true, `${tag}-${i}-${Math.random()}`));

/** Gradients of step `t` for variable `i`: mixed scales, some exact zeros. */
const gradFor = (t: number, i: number, size: number) => values(size, 1000 * t + i, 10 ** ((t % 5) - 3)).map((g, j) => (j % 7 === 0 ? 0 : g));

const maxDifference = (a: tf.Tensor, b: tf.Tensor) => {
  const [x, y] = [a.dataSync(), b.dataSync()];
  return Math.max(...Array.from(x, (v, j) => Math.abs(v - y[j]!)));
};

describe('HostAdam', () => {
  for (const backend of ['wasm', 'cpu']) {
    it(`follows tfjs-core's Adam step by step on ${backend}, through a learning-rate change`, async () => {
      await tf.setBackend(backend);
      const [ours, theirs] = [variablesFor('ours'), variablesFor('theirs')];
      const [host, reference] = [adamFor(0.01), tf.train.adam(0.01)];
      expect(host).toBeInstanceOf(HostAdam);
      expect(reference).not.toBeInstanceOf(HostAdam);
      let travel = 0; // the most any weight can have moved: Adam's steps are at most about lr each
      for (let t = 1; t <= 40; t++) {
        if (t === 21) [host, reference].forEach((o) => setLearningRate(o, 0.002));
        travel += t < 21 ? 0.01 : 0.002;
        const grads = (vars: tf.Variable[]) => vars.map((v, i) => ({ name: v.name, tensor: tf.tensor(gradFor(t, i, v.size), v.shape) }));
        const [g1, g2] = [grads(ours), grads(theirs)];
        const tensorsBefore = tf.memory().numTensors;
        host.applyGradients(g1);
        expect(tf.memory().numTensors, 'HostAdam keeps its state off the tensor list').toBe(tensorsBefore);
        reference.applyGradients(g2);
        tf.dispose([...g1, ...g2].map((g) => g.tensor));
        // Steps agree to 0.1% (tfjs rounds its bias corrections to float32: 1 - 0.999 is off by
        // 1.3e-5); a missing bias correction or a swapped moment is off by whole steps.
        for (const [i, v] of ours.entries()) expect(maxDifference(v, theirs[i]!), `variable ${i} after step ${t}`).toBeLessThan(1e-3 * travel);
      }
      expect(host.iterations).toBe(40);
      // A tensor taken from a variable keeps its values when later steps reuse HostAdam's buffers.
      const snapshot = tf.clone(ours[2]!);
      const values = Array.from(snapshot.dataSync());
      const ones = Object.fromEntries(ours.map((v) => [v.name, tf.onesLike(v)]));
      host.applyGradients(ones);
      expect(Array.from(snapshot.dataSync())).toEqual(values);
      tf.dispose([snapshot, ...Object.values(ones)]);
      tf.dispose([...ours, ...theirs]);
      host.dispose();
      reference.dispose();
    });
  }

  it('applies the weighted sum of several parts as one gradient', async () => {
    await tf.setBackend('wasm');
    const [split, whole] = [variablesFor('split'), variablesFor('whole')];
    const [a, b] = [new HostAdam(0.01), new HostAdam(0.01)];
    for (let t = 1; t <= 5; t++) {
      const parts = [0, 1, 2].map((k) => ({ grads: split.map((v, i) => gradFor(t + 10 * k, i, v.size)), weight: [0.5, 0.3, 0.2][k]! }));
      a.applyCombined(split, parts);
      const sum = whole.map((v, i) => {
        const g = new Float32Array(v.size);
        for (const p of parts) p.grads[i]!.forEach((x, j) => (g[j]! += p.weight * x));
        return { name: v.name, tensor: tf.tensor(g, v.shape) };
      });
      b.applyGradients(sum);
      tf.dispose(sum.map((s) => s.tensor));
    }
    for (const [i, v] of split.entries()) expect(maxDifference(v, whole[i]!)).toBeLessThan(1e-3 * 5 * 0.01);
    tf.dispose([...split, ...whole]);
  });

  it('keeps each variable\'s moments under its name, in whatever order variables come', async () => {
    await tf.setBackend('wasm');
    const [straight, swapped] = [variablesFor('straight'), variablesFor('swapped')];
    const [a, b] = [new HostAdam(0.01), new HostAdam(0.01)];
    for (let t = 1; t <= 4; t++) {
      const grads = straight.map((v, i) => gradFor(t, i, v.size));
      a.applyCombined(straight, [{ grads, weight: 1 }]);
      const order = t % 2 ? [0, 1, 2, 3] : [3, 2, 1, 0];
      b.applyCombined(order.map((i) => swapped[i]!), [{ grads: order.map((i) => grads[i]!), weight: 1 }]);
    }
    for (const [i, v] of straight.entries()) expect(Array.from(swapped[i]!.dataSync())).toEqual(Array.from(v.dataSync()));
    tf.dispose([...straight, ...swapped]);
  });

  it('refuses gradients of the wrong size and changes nothing', async () => {
    await tf.setBackend('wasm');
    const vars = variablesFor('bad');
    const adam = new HostAdam(0.01);
    const before = vars.map((v) => Array.from(v.dataSync()));
    const grads = vars.map((v, i) => (i === 2 ? new Float32Array(v.size - 1) : new Float32Array(v.size).fill(1)));
    expect(() => adam.applyCombined(vars, [{ grads, weight: 1 }])).toThrow(/gradient for .* does not have its 500 values/);
    expect(() => adam.applyCombined(vars, [])).toThrow('no gradients');
    expect(vars.map((v) => Array.from(v.dataSync()))).toEqual(before);
    // The moments were not touched either: a good step now is the first step.
    adam.applyCombined(vars, [{ grads: vars.map((v) => new Float32Array(v.size).fill(1)), weight: 1 }]);
    expect(vars[1]!.dataSync()[0]).toBeCloseTo(before[1]![0]! - 0.01, 6);
    expect(adam.iterations).toBe(1);
    tf.dispose(vars);
  });
});
