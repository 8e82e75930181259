import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildMlp } from './build';
import { FIRST_NETWORK_RECIPE, mlpParamCount } from './recipe';

beforeAll(async () => { await tf.setBackend('cpu'); });

const rows = (model: ReturnType<typeof buildMlp>) => model.layers.map((l) => ({ name: l.name, type: l.getClassName(), shape: l.outputShape, params: l.countParams() }));

describe('buildMlp', () => {
  it("builds module 2's model with the counts Keras prints (784*128+128 = 100,480; 128*10+10 = 1,290; 101,770)", () => {
    const model = buildMlp(FIRST_NETWORK_RECIPE);
    expect(rows(model)).toEqual([
      { name: 'flatten', type: 'Flatten', shape: [null, 784], params: 0 },
      { name: 'dense', type: 'Dense', shape: [null, 128], params: 100_480 },
      { name: 'dense_1', type: 'Dense', shape: [null, 10], params: 1_290 },
    ]);
    expect(model.countParams()).toBe(101_770);
    expect(model.name).toBe('mnist_mlp');
    model.dispose();
  });

  it('takes the engine\'s [28, 28, 1] images to the same 784 inputs and parameters', () => {
    const model = buildMlp(FIRST_NETWORK_RECIPE, [28, 28, 1]);
    expect(model.layers[0]!.outputShape).toEqual([null, 784]);
    expect(model.countParams()).toBe(101_770);
    model.dispose();
  });

  it.each([[{ width: 512, depth: 3 }], [{ width: 16, depth: 1 }], [{ width: 64, depth: 0 }]])('matches the Dense formula for %j', (shape) => {
    const model = buildMlp(shape);
    expect(model.countParams()).toBe(mlpParamCount(shape));
    expect(model.layers.at(-1)!.name).toBe(shape.depth === 0 ? 'dense' : `dense_${shape.depth}`);
    expect(model.layers.filter((l) => l.getClassName() === 'Dense')).toHaveLength(shape.depth + 1);
    model.dispose();
  });

  it('gives the Dense formula independent of the builder: 512x3 is 784*512+512 + 2*(512*512+512) + 5,130', () => {
    expect(mlpParamCount({ width: 512, depth: 3 })).toBe(401_920 + 2 * 262_656 + 5_130);
    expect(mlpParamCount({ width: 7, depth: 0 })).toBe(7_850);
  });

  it('outputs a probability row per image', () => {
    const model = buildMlp({ width: 8, depth: 2 }, [28, 28, 1]);
    const probs = tf.tidy(() => tf.sum(model.predict(tf.randomUniform([3, 28, 28, 1])) as tf.Tensor, -1));
    expect(Array.from(probs.dataSync()).map((v) => Math.round(v * 1e4) / 1e4)).toEqual([1, 1, 1]);
    tf.dispose(probs);
    model.dispose();
  });

  it('refuses shapes that are not positive whole numbers, naming the setting', () => {
    expect(() => buildMlp({ width: 0, depth: 1 })).toThrow(/Width .* between 1 and/);
    expect(() => buildMlp({ width: 1.5, depth: 1 })).toThrow(/Width .* whole number/);
    expect(() => buildMlp({ width: 32, depth: -1 })).toThrow(/Depth .* between 0 and/);
    expect(() => buildMlp({ width: Number.NaN, depth: 1 })).toThrow(/Width .* must be a number/);
  });
});
