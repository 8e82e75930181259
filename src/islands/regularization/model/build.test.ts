import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSmallCnn, copyWeights, penaltyTerms } from './build';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('the scaled-down regularized CNN', () => {
  it('keeps the module 5 layer sequence and adds no parameters for dropout or L2', () => {
    const plain = buildSmallCnn({ dropout: 0, l2: 0 });
    const regular = buildSmallCnn({ dropout: 0.5, l2: 1e-3 });
    expect(plain.layers.map((l) => l.getClassName()).filter((c) => c !== 'InputLayer')).toEqual(['Conv2D', 'BatchNormalization', 'Activation', 'MaxPooling2D', 'Conv2D', 'BatchNormalization', 'Activation', 'MaxPooling2D', 'Flatten', 'Dense', 'Dense']);
    expect(regular.layers.map((l) => l.name)).toContain('dropout');
    // conv1 72 + bn1 32 + conv2 1,152 + bn2 64 + hidden 400*32+32 + classifier 330
    expect(plain.countParams()).toBe(72 + 32 + 1152 + 64 + 12_832 + 330);
    expect(regular.countParams()).toBe(plain.countParams());
  });

  it('adds the L2 penalty to the model losses only when asked', () => {
    expect(penaltyTerms(buildSmallCnn({ dropout: 0, l2: 0 }))).toHaveLength(0);
    const model = buildSmallCnn({ dropout: 0, l2: 0.01 });
    const kernel = model.getLayer('hidden').getWeights()[0]!;
    const [penalty] = penaltyTerms(model);
    expect(penalty!.dataSync()[0]).toBeCloseTo(0.01 * tf.sum(tf.square(kernel)).dataSync()[0]!, 5);
  });

  it('copies initial weights so both runs start from the same point', () => {
    const a = buildSmallCnn({ dropout: 0, l2: 0 });
    const b = buildSmallCnn({ dropout: 0.3, l2: 1e-4 });
    copyWeights(a, b);
    const same = a.getWeights().every((w, i) => tf.all(tf.equal(w, b.getWeights()[i]!)).dataSync()[0] === 1);
    expect(same).toBe(true);
  });

  it('refuses impossible settings with a readable message', () => {
    expect(() => buildSmallCnn({ dropout: 1, l2: 0 })).toThrow(/Dropout rate must be in \[0, 1\)/);
    expect(() => buildSmallCnn({ dropout: 0, l2: -1 })).toThrow(/L2 factor/);
  });
});
