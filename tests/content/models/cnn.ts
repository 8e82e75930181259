import * as tfl from '@tensorflow/tfjs-layers';

/**
 * TF.js twin of module 4's CNN ("sequential"), with the layer names Keras 3 gives the
 * Python model, so the summary check recomputes every shape and parameter count.
 */
function mnistCnn(): tfl.LayersModel {
  return tfl.sequential({
    name: 'sequential',
    layers: [
      tfl.layers.conv2d({ name: 'conv2d', inputShape: [28, 28, 1], filters: 32, kernelSize: 3, activation: 'relu' }),
      tfl.layers.maxPooling2d({ name: 'max_pooling2d', poolSize: 2 }),
      tfl.layers.conv2d({ name: 'conv2d_1', filters: 64, kernelSize: 3, activation: 'relu' }),
      tfl.layers.maxPooling2d({ name: 'max_pooling2d_1', poolSize: 2 }),
      tfl.layers.conv2d({ name: 'conv2d_2', filters: 64, kernelSize: 3, activation: 'relu' }),
      tfl.layers.flatten({ name: 'flatten' }),
      tfl.layers.dense({ name: 'dense', units: 64, activation: 'relu' }),
      tfl.layers.dense({ name: 'dense_1', units: 10, activation: 'softmax' }),
    ],
  });
}

const models: Record<string, () => tfl.LayersModel> = { sequential: mnistCnn };
export default models;
