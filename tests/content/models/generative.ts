import * as tf from '@tensorflow/tfjs';

/** TF.js twin of the DCGAN generator whose Keras summary module 18 (generative) prints. */
const models: Record<string, () => tf.LayersModel> = {
  generator: () =>
    tf.sequential({
      name: 'generator',
      layers: [
        tf.layers.dense({ name: 'g_dense', units: 7 * 7 * 128, inputShape: [100] }),
        tf.layers.leakyReLU({ name: 'g_act_0', alpha: 0.2 }),
        tf.layers.reshape({ name: 'g_reshape', targetShape: [7, 7, 128] }),
        tf.layers.conv2dTranspose({ name: 'g_up_1', filters: 128, kernelSize: 4, strides: 2, padding: 'same' }),
        tf.layers.leakyReLU({ name: 'g_act_1', alpha: 0.2 }),
        tf.layers.conv2dTranspose({ name: 'g_up_2', filters: 64, kernelSize: 4, strides: 2, padding: 'same' }),
        tf.layers.leakyReLU({ name: 'g_act_2', alpha: 0.2 }),
        tf.layers.conv2d({ name: 'g_image', filters: 1, kernelSize: 7, padding: 'same', activation: 'sigmoid' }),
      ],
    }),
};

export default models;
