import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCnn } from '../model/build';
import { SavedCnnError, checkCnnArchitecture } from './load';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('checkCnnArchitecture', () => {
  it("accepts module 4's CNN", () => {
    const model = buildCnn();
    expect(() => checkCnnArchitecture(model)).not.toThrow();
    model.dispose();
  });

  it('refuses a model with another input or output, naming both shapes', () => {
    const other = tfl.sequential({ layers: [tfl.layers.flatten({ inputShape: [28, 28, 3] }), tfl.layers.dense({ units: 5, activation: 'softmax' })] });
    let caught: unknown;
    try { checkCnnArchitecture(other); } catch (error) { caught = error; }
    expect(caught).toBeInstanceOf(SavedCnnError);
    expect((caught as SavedCnnError).reason).toBe('corrupted');
    expect((caught as Error).message).toContain('[null,28,28,3]');
    expect((caught as Error).message).toContain('[null,5]');
    other.dispose();
  });
});
