import * as tf from '@tensorflow/tfjs';

/**
 * TF.js twin of "fashion_cnn", the model whose summary module 25 (capstone) prints.
 * Augmentation runs in the tf.data pipeline, not in the model, so every layer here has
 * a TF.js counterpart; names match the printed summary row by row.
 */
function fashionCnn(): tf.LayersModel {
  const block = (i: number, filters: number): tf.layers.Layer[] => [
    tf.layers.conv2d({ name: `conv${i}`, filters, kernelSize: 3, padding: 'same', useBias: false }),
    tf.layers.batchNormalization({ name: `bn${i}` }),
    tf.layers.activation({ name: `relu${i}`, activation: 'relu' }),
  ];
  return tf.sequential({
    name: 'fashion_cnn',
    layers: [
      tf.layers.rescaling({ name: 'rescale', inputShape: [28, 28, 1], scale: 1 / 255 }),
      ...block(1, 32),
      tf.layers.maxPooling2d({ name: 'pool1', poolSize: 2 }),
      ...block(2, 64),
      tf.layers.maxPooling2d({ name: 'pool2', poolSize: 2 }),
      ...block(3, 128),
      tf.layers.globalAveragePooling2d({ name: 'gap' }),
      tf.layers.dropout({ name: 'dropout', rate: 0.3 }),
      tf.layers.dense({ name: 'classifier', units: 10, activation: 'softmax' }),
    ],
  });
}

const models: Record<string, () => tf.LayersModel> = { fashion_cnn: fashionCnn };
export default models;
