import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { describe, expect, it } from 'vitest';
import { buildCnn } from '../../../cnn/model/build';
import { toTensors } from '../../mnist/batches';
import { START_SEED, mnistTestImages, useWasmBackend } from '../../test-fixtures';
import { crossEntropy, trainableVariables } from '../step';
import { directGradients } from './gradients';
import { directPlan } from './plan';

useWasmBackend();

const init = (seed: number) => ({ kernelInitializer: tfl.initializers.glorotUniform({ seed }), biasInitializer: tfl.initializers.randomNormal({ stddev: 0.1, seed: seed + 100 }) });

/** Every layer kind and option the plan takes, off the seed model's path: strides, same padding, no bias, linear layers, overlapping pools. */
function oddModel(): tfl.LayersModel {
  return tfl.sequential({ layers: [
    tfl.layers.conv2d({ inputShape: [12, 11, 2], filters: 8, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu', useBias: false, ...init(1) }),
    tfl.layers.maxPooling2d({ poolSize: 3, strides: 1, padding: 'same' }),
    tfl.layers.conv2d({ filters: 4, kernelSize: [2, 3], activation: 'linear', ...init(2) }),
    tfl.layers.maxPooling2d({ poolSize: 2 }),
    tfl.layers.conv2d({ filters: 6, kernelSize: 1, activation: 'relu', ...init(3) }),
    tfl.layers.flatten(),
    tfl.layers.dense({ units: 7, activation: 'linear', useBias: false, ...init(4) }),
    tfl.layers.dropout({ rate: 0 }),
    tfl.layers.dense({ units: 9, activation: 'relu', ...init(5) }),
    tfl.layers.dense({ units: 5, activation: 'softmax', ...init(6) }),
  ] });
}

const mnist = (count: number) => {
  const images = mnistTestImages(0, count);
  return toTensors({ count, pixels: images.pixels, labels: Int32Array.from(images.labels) });
};
const random = (count: number) => ({ x: tf.randomUniform([count, 12, 11, 2], -1, 1, 'float32', 9) as tf.Tensor4D, y: tf.tensor1d(Array.from({ length: count }, (_, i) => (i * 3) % 5), 'int32') });

/** Largest |direct - tape| of each variable's gradient, over that gradient's largest |value|. */
function compare(model: tfl.LayersModel, x: tf.Tensor4D, y: tf.Tensor1D) {
  const plan = directPlan(model);
  if (typeof plan === 'string') throw new Error(plan);
  const variables = trainableVariables(model);
  const tape = tf.variableGrads(() => tf.mean(crossEntropy(model.apply(x, { training: true }) as tf.Tensor, y)) as tf.Scalar, variables);
  const direct = directGradients(plan, x, y.dataSync());
  const errors = variables.map((v, i) => {
    const [d, t] = [direct.grads[i]!.dataSync() as Float32Array, tape.grads[v.name]!.dataSync() as Float32Array];
    expect(direct.grads[i]!.shape).toEqual(v.shape);
    return d.reduce((m, value, k) => Math.max(m, Math.abs(value - t[k]!)), 0) / Math.max(1e-12, ...Array.from(t, Math.abs));
  });
  const result = { errors, loss: [direct.loss, tape.value.dataSync()[0]!] };
  tf.dispose([...direct.grads, tape.value, ...Object.values(tape.grads)]);
  return result;
}

describe.each(['wasm', 'cpu'])('the direct step on %s', (backend) => {
  const cases = [
    { name: "module 4's CNN, 8 MNIST images", build: () => buildCnn(0, START_SEED), data: () => mnist(8) },
    { name: "module 4's CNN, one image", build: () => buildCnn(0, START_SEED), data: () => mnist(1) },
    { name: 'strides, same padding, no bias, linear layers, 6 random inputs', build: oddModel, data: () => random(6) },
  ];
  it.each(cases)('gives the tape\'s gradients and loss: $name', async ({ build, data }) => {
    await tf.setBackend(backend);
    const model = build();
    const { x, y } = data();
    const { errors, loss } = compare(model, x, y);
    for (const error of errors) expect(error).toBeLessThan(1e-4);
    expect(loss[0]).toBeCloseTo(loss[1]!, 5);
    tf.dispose([x, y]);
    model.dispose();
    await tf.setBackend('wasm');
  });
});
