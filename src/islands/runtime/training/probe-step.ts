/** The MNIST engine's backend timing probe: real training steps of the island's model on random digits. */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { adamFor } from './host-adam.ts';
import { trainStep } from './step.ts';
import { imagesPerSecond } from './timing.ts';

const PROBE_BATCH = 32;

/**
 * Images per second of real Adam steps of a fresh `buildModel()` on the active backend
 * (input [n, 28, 28, 1], 10 classes); the model and optimizer are disposed afterwards.
 */
export async function timeTraining(buildModel: () => tfl.LayersModel, batchSize = PROBE_BATCH): Promise<number> {
  const model = buildModel();
  const optimizer = adamFor(0.001);
  const x = tf.randomUniform([batchSize, 28, 28, 1]) as tf.Tensor4D;
  const y = tf.tensor1d(Array.from({ length: batchSize }, (_, i) => i % 10), 'int32');
  try {
    return await imagesPerSecond(async () => {
      const { loss, correct } = trainStep(model, optimizer, x, y);
      await loss.data();
      tf.dispose([loss, correct]);
    }, batchSize);
  } finally {
    tf.dispose([x, y]);
    model.dispose();
    optimizer.dispose();
  }
}
