import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildForecaster, type ForecasterKind } from './build';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('the forecasters', () => {
  // Keras 3's model.count_params() for the module's listing at WINDOW = 48 (its prose: 1,601 / 801 / 4,385).
  const KERAS: Record<ForecasterKind, number> = { dense: 48 * 32 + 32 + 32 + 1, conv: 24 * 16 + 16 + 25 * 16 + 1, lstm: 4 * (32 * (1 + 32) + 32) + 32 + 1 };

  it.each(Object.entries(KERAS))('%s has the parameter count Keras prints', (kind, params) => {
    const model = buildForecaster(kind as ForecasterKind, 48, 1);
    expect(model.countParams()).toBe(params);
    expect(model.outputs[0]!.shape).toEqual([null, 1]);
    model.dispose();
  });

  it('matches the module prose figures', () => {
    expect(KERAS).toEqual({ dense: 1601, conv: 801, lstm: 4385 });
  });

  it('shortens the convolution kernel for short windows and refuses a window of 0', () => {
    const model = buildForecaster('conv', 12, 1);
    expect(model.countParams()).toBe(12 * 16 + 16 + 1 * 16 + 1);
    model.dispose();
    expect(() => buildForecaster('dense', 0, 1)).toThrow(/window/);
  });

  it('draws the same initial weights from the same seed', () => {
    const [a, b] = [buildForecaster('dense', 8, 7), buildForecaster('dense', 8, 7)];
    expect(a.getWeights()[0]!.arraySync()).toEqual(b.getWeights()[0]!.arraySync());
    a.dispose(); b.dispose();
  });
});
