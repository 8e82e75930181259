import * as tf from '@tensorflow/tfjs';

/**
 * TF.js twins of the models whose summaries module 19 (segmentation) prints.
 * Layer names match the printed summary so the summary check can compare row by row.
 */
function encoderDecoder(): tf.LayersModel {
  const conv = (name: string, filters: number, kernelSize: number, activation?: 'relu', inputShape?: number[]) =>
    tf.layers.conv2d({ name, filters, kernelSize, padding: 'same', ...(activation ? { activation } : {}), ...(inputShape ? { inputShape } : {}) });
  const up = (name: string, filters: number) =>
    tf.layers.conv2dTranspose({ name, filters, kernelSize: 3, strides: 2, padding: 'same', activation: 'relu' });
  const model = tf.sequential({ name: 'encoder_decoder' });
  // inputShape on the first layer mirrors keras.Input: no extra row in the summary.
  model.add(conv('enc_conv1', 16, 3, 'relu', [128, 128, 3]));
  model.add(tf.layers.maxPooling2d({ name: 'enc_pool1', poolSize: 2 }));
  model.add(conv('enc_conv2', 32, 3, 'relu'));
  model.add(tf.layers.maxPooling2d({ name: 'enc_pool2', poolSize: 2 }));
  model.add(conv('bottleneck', 64, 3, 'relu'));
  model.add(up('dec_up1', 32));
  model.add(up('dec_up2', 16));
  model.add(conv('logits', 3, 1));
  return model;
}

export default { encoder_decoder: encoderDecoder } satisfies Record<string, () => tf.LayersModel>;
