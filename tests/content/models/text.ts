import * as tf from '@tensorflow/tfjs';

/** TF.js twins of the models whose Keras summaries module 13 (text) prints. */
const models: Record<string, () => tf.LayersModel> = {
  imdb_bag_of_embeddings: () =>
    tf.sequential({
      name: 'imdb_bag_of_embeddings',
      layers: [
        tf.layers.embedding({ name: 'embedding', inputDim: 20_000, outputDim: 64, maskZero: true, inputShape: [250] }),
        tf.layers.globalAveragePooling1d({ name: 'pool' }),
        tf.layers.dropout({ name: 'dropout', rate: 0.3 }),
        tf.layers.dense({ name: 'hidden', units: 32, activation: 'relu' }),
        tf.layers.dense({ name: 'sentiment', units: 1, activation: 'sigmoid' }),
      ],
    }),
};

export default models;
