import * as tf from '@tensorflow/tfjs';

/**
 * TF.js twin of the Sequential model printed in module 5 ("regularized_cnn"), so the
 * summary check can recompute its shapes and parameter counts. The L2 penalty and the
 * dropout rate change no count; they are mirrored to keep the twin faithful.
 */
function regularizedCnn(): tf.LayersModel {
  return tf.sequential({
    name: 'regularized_cnn',
    layers: [
      tf.layers.conv2d({ name: 'conv1', inputShape: [28, 28, 1], filters: 32, kernelSize: 3, useBias: false }),
      tf.layers.batchNormalization({ name: 'bn1' }),
      tf.layers.activation({ name: 'relu1', activation: 'relu' }),
      tf.layers.maxPooling2d({ name: 'pool1', poolSize: 2 }),
      tf.layers.conv2d({ name: 'conv2', filters: 64, kernelSize: 3, useBias: false }),
      tf.layers.batchNormalization({ name: 'bn2' }),
      tf.layers.activation({ name: 'relu2', activation: 'relu' }),
      tf.layers.maxPooling2d({ name: 'pool2', poolSize: 2 }),
      tf.layers.flatten({ name: 'flatten' }),
      tf.layers.dense({ name: 'hidden', units: 64, activation: 'relu', kernelRegularizer: tf.regularizers.l2({ l2: 1e-4 }) }),
      tf.layers.dropout({ name: 'dropout', rate: 0.5 }),
      tf.layers.dense({ name: 'classifier', units: 10, activation: 'softmax' }),
    ],
  });
}

const models: Record<string, () => tf.LayersModel> = { regularized_cnn: regularizedCnn };
export default models;
