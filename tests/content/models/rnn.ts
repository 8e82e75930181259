import * as tf from '@tensorflow/tfjs';

/**
 * TF.js twin of the bidirectional LSTM whose Keras summary module 14 (rnn) prints.
 * Glorot recurrent initialisers only keep the build fast (TF.js warns that orthogonal is slow);
 * initialisers do not change shapes or parameter counts.
 */
const models: Record<string, () => tf.LayersModel> = {
  imdb_bilstm: () =>
    tf.sequential({
      name: 'imdb_bilstm',
      layers: [
        tf.layers.embedding({ name: 'embedding', inputDim: 20_000, outputDim: 64, maskZero: true, inputShape: [200] }),
        tf.layers.bidirectional({ name: 'bilstm_1', layer: tf.layers.lstm({ units: 64, returnSequences: true, recurrentInitializer: 'glorotUniform' }) as tf.RNN, mergeMode: 'concat' }),
        tf.layers.bidirectional({ name: 'bilstm_2', layer: tf.layers.lstm({ units: 32, recurrentInitializer: 'glorotUniform' }) as tf.RNN, mergeMode: 'concat' }),
        tf.layers.dropout({ name: 'dropout', rate: 0.3 }),
        tf.layers.dense({ name: 'sentiment', units: 1, activation: 'sigmoid' }),
      ],
    }),
};

export default models;
