import * as tf from '@tensorflow/tfjs';

/** TF.js twins of the two autoencoders whose Keras summaries module 17 (autoencoders) prints. */
const models: Record<string, () => tf.LayersModel> = {
  dense_autoencoder: () =>
    tf.sequential({
      name: 'dense_autoencoder',
      layers: [
        tf.layers.dense({ name: 'enc_1', units: 128, activation: 'relu', inputShape: [784] }),
        tf.layers.dense({ name: 'code', units: 32, activation: 'relu' }),
        tf.layers.dense({ name: 'dec_1', units: 128, activation: 'relu' }),
        tf.layers.dense({ name: 'reconstruction', units: 784, activation: 'sigmoid' }),
      ],
    }),

  conv_denoiser: () =>
    tf.sequential({
      name: 'conv_denoiser',
      layers: [
        tf.layers.conv2d({ name: 'enc_conv_1', filters: 32, kernelSize: 3, padding: 'same', activation: 'relu', inputShape: [28, 28, 1] }),
        tf.layers.maxPooling2d({ name: 'enc_pool_1', poolSize: 2 }),
        tf.layers.conv2d({ name: 'enc_conv_2', filters: 16, kernelSize: 3, padding: 'same', activation: 'relu' }),
        tf.layers.maxPooling2d({ name: 'enc_pool_2', poolSize: 2 }),
        tf.layers.conv2dTranspose({ name: 'dec_up_1', filters: 16, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' }),
        tf.layers.conv2dTranspose({ name: 'dec_up_2', filters: 32, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' }),
        tf.layers.conv2d({ name: 'clean', filters: 1, kernelSize: 3, padding: 'same', activation: 'sigmoid' }),
      ],
    }),
};

export default models;
