import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import * as tfl from '@tensorflow/tfjs-layers';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCnn } from '../../cnn/model/build';
import { confusionMatrix } from '../training/evaluate';
import { exportArtifacts } from './persist';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('export and evaluation helpers', () => {
  it('exports model.json + weights that load back to the same predictions', async () => {
    const model = buildCnn();
    const { modelJson, weights } = await exportArtifacts(model);
    const json = JSON.parse(modelJson);
    expect(json.format).toBe('layers-model');
    expect(json.weightsManifest[0].paths).toEqual(['./weights.bin']);
    expect(weights.byteLength).toBe(93_322 * 4);
    const loaded = await tfl.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: weights }));
    const x = tf.randomUniform([2, 28, 28, 1]);
    const a = (model.predict(x) as tf.Tensor).dataSync();
    const b = (loaded.predict(x) as tf.Tensor).dataSync();
    expect(Array.from(b)).toEqual(Array.from(a));
    tf.dispose([x]);
    model.dispose();
    loaded.dispose();
  });

  it('counts a confusion matrix with true labels as rows', () => {
    const m = confusionMatrix([0, 1, 1, 2], [0, 2, 1, 2], 3);
    expect(m).toEqual([[1, 0, 0], [0, 1, 1], [0, 0, 1]]);
  });
});
