/** Single-image requests: probabilities for a drawing, and a look inside (filters, feature maps). */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import type { Replies } from '../protocol';

function imageTensor(pixels: Float32Array): tf.Tensor4D {
  if (!(pixels instanceof Float32Array) || pixels.length !== 784) throw new Error(`A digit must be 784 float pixels (28x28), got ${pixels?.length ?? 'nothing'}.`);
  return tf.tensor4d(pixels, [1, 28, 28, 1]);
}

export async function predict(model: tfl.LayersModel, pixels: Float32Array): Promise<Replies['predict']> {
  const probs = tf.tidy(() => model.predict(imageTensor(pixels)) as tf.Tensor);
  const values = await probs.data();
  probs.dispose();
  return { probabilities: Array.from(values) };
}

const probes = new WeakMap<tfl.LayersModel, { probe: tfl.LayersModel; names: string[] }>();

/** A model sharing the trained layers that outputs every conv layer's activations. */
function featureModel(model: tfl.LayersModel): { probe: tfl.LayersModel; names: string[] } {
  let entry = probes.get(model);
  if (!entry) {
    const convs = model.layers.filter((l) => l.getClassName() === 'Conv2D');
    entry = { probe: tfl.model({ inputs: model.inputs, outputs: convs.map((l) => l.output as tfl.SymbolicTensor) }), names: convs.map((l) => l.name) };
    probes.set(model, entry);
  }
  return entry;
}

export async function inspect(model: tfl.LayersModel, pixels: Float32Array): Promise<Replies['inspect']> {
  const conv = model.getLayer('conv2d');
  const kernel = conv.getWeights()[0];
  if (!kernel) throw new Error('The first conv layer has no weights.');
  const [height, width, , count] = kernel.shape as [number, number, number, number];
  const { probe, names } = featureModel(model);
  const maps = tf.tidy(() => {
    const out = probe.predict(imageTensor(pixels));
    return Array.isArray(out) ? out : [out];
  });
  const featureMaps = await Promise.all(maps.map(async (map, i) => {
    const [, h, w, c] = map.shape as [number, number, number, number];
    return { layer: names[i] ?? `conv ${i}`, width: w, height: h, channels: c, data: (await map.data()) as Float32Array };
  }));
  tf.dispose(maps);
  return { filters: { width, height, count, data: (await kernel.data()) as Float32Array }, featureMaps };
}
