import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { beforeAll, describe, expect, it } from 'vitest';
import { CNN_TENSORS } from '../../../../functions/mnist/architecture';
import { decodeWeights } from '../../../../functions/mnist/weights';
import { exportArtifacts } from '../../runtime/persist/persist';
import { buildCnn } from '../model/build';
import { submissionWeights } from './leaderboard-weights';

beforeAll(async () => { await tf.setBackend('cpu'); });

describe('submissionWeights', () => {
  it('turns the island export into weights the server accepts as the module-4 CNN, with or without dropout', async () => {
    for (const dropout of [0, 0.3]) {
      const model = buildCnn(dropout);
      const artifacts = await exportArtifacts(model);
      const wire = submissionWeights(artifacts);
      expect(wire.shapes).toEqual(CNN_TENSORS.map((t) => t.shape));
      const decoded = decodeWeights(wire);
      if (!decoded.ok) throw new Error(decoded.problem);
      // Byte for byte the exported weights.bin, and the last tensor is the model's last bias.
      expect(decoded.bytes).toEqual(new Uint8Array(artifacts.weights));
      expect(Array.from(decoded.weights[9]!)).toEqual(Array.from(model.getLayer('dense_1').getWeights()[1]!.dataSync()));
      model.dispose();
    }
  });

  it('refuses an export whose bytes do not match its manifest', async () => {
    const model = buildCnn();
    const artifacts = await exportArtifacts(model);
    expect(() => submissionWeights({ ...artifacts, weights: artifacts.weights.slice(4) })).toThrow(/373284 bytes for 93322 values/);
    model.dispose();
  });
});
