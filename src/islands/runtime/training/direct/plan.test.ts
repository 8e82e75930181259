import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { buildCnn } from '../../../cnn/model/build';
import { toTensors } from '../../mnist/batches';
import { countKernelCalls, mnistTestImages, useWasmBackend } from '../../test-fixtures';
import { trainStep } from '../step';
import { directPlan } from './plan';

useWasmBackend();

const reason = (model: tfl.LayersModel) => {
  const plan = directPlan(model);
  model.dispose();
  return typeof plan === 'string' ? plan : null;
};

describe('directPlan', () => {
  it("runs module 4's CNN layer by layer, with its own variables in trainable-weight order", () => {
    const model = buildCnn();
    const plan = directPlan(model);
    if (typeof plan === 'string') throw new Error(plan);
    expect(plan.layers.map((l) => l.kind)).toEqual(['conv', 'pool', 'conv', 'pool', 'conv', 'flatten', 'dense', 'dense']);
    const variables = plan.layers.flatMap((l) => ('kernel' in l ? [l.kernel, l.bias] : []));
    expect(variables).toEqual(model.trainableWeights.map((w) => w.read()));
    model.dispose();
  });

  it('leaves to the tape what it does not run, and says why', () => {
    expect(reason(buildCnn(0.5))).toBe('dropout (Dropout) is not one the direct step runs');
    const input = tfl.input({ shape: [4] });
    expect(reason(tfl.model({ inputs: input, outputs: tfl.layers.dense({ units: 2, activation: 'softmax' }).apply(input) as tfl.SymbolicTensor }))).toBe('only Sequential models run directly');
    expect(reason(tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 3, activation: 'tanh', name: 'd' }), tfl.layers.dense({ units: 2, activation: 'softmax' })] }))).toBe('d (Dense, tanh) is not one the direct step runs');
    expect(reason(tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 2, activation: 'sigmoid', name: 'out' })] }))).toBe('out (Dense, sigmoid, last) is not one the direct step runs');
    const frozen = tfl.sequential({ layers: [tfl.layers.dense({ inputShape: [4], units: 3, name: 'frozen' }), tfl.layers.dense({ units: 2, activation: 'softmax' })] });
    frozen.layers[0]!.trainable = false;
    expect(reason(frozen)).toBe('frozen does not train exactly kernel and bias');
  });

  it('is what trainStep takes: no tape, so none of the clones the tape keeps for the gradients', () => {
    const images = mnistTestImages(0, 8);
    const clonesIn = (model: tfl.LayersModel) => {
      const optimizer = tf.train.adam(0.001);
      const { x, y } = toTensors({ count: 8, pixels: images.pixels, labels: Int32Array.from(images.labels) });
      const calls = countKernelCalls(['Identity'], () => tf.dispose(Object.values(trainStep(model, optimizer, x, y))));
      tf.dispose([x, y]);
      model.dispose();
      optimizer.dispose();
      return calls['Identity'];
    };
    expect(clonesIn(buildCnn())).toBe(0);
    expect(clonesIn(buildCnn(0.5))).toBeGreaterThan(5);
  });
});
