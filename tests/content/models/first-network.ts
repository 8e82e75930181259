import * as tfl from '@tensorflow/tfjs-layers';

/** TF.js twin of module 2's MLP ("mnist_mlp"), with Keras 3's automatic layer names. */
function mnistMlp(): tfl.LayersModel {
  return tfl.sequential({
    name: 'mnist_mlp',
    layers: [
      tfl.layers.flatten({ name: 'flatten', inputShape: [28, 28] }),
      tfl.layers.dense({ name: 'dense', units: 128, activation: 'relu' }),
      tfl.layers.dense({ name: 'dense_1', units: 10, activation: 'softmax' }),
    ],
  });
}

const models: Record<string, () => tfl.LayersModel> = { mnist_mlp: mnistMlp };
export default models;
