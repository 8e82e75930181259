/** The backend timing probe: real Adam steps of the lab's default autoencoder on random pixels. */
import * as tf from '@tensorflow/tfjs-core';
import { imagesPerSecond } from '~/islands/runtime/training/timing.ts';
import { trainableVariables } from '~/islands/runtime/training/step.ts';
import { buildAutoencoder } from '../model/build.ts';
import { DEFAULT_CONFIG } from '../training/config.ts';
import { binaryCrossEntropy } from '../training/loss.ts';

const BATCH = 32;

/** Images per second of training steps on the active backend (model and tensors disposed after). */
export async function timeAutoencoder(): Promise<number> {
  const model = buildAutoencoder(DEFAULT_CONFIG.filters);
  const optimizer = tf.train.adam(0.001);
  const x = tf.randomUniform([BATCH, 28, 28, 1]);
  try {
    return await imagesPerSecond(async () => {
      const loss = optimizer.minimize(() => binaryCrossEntropy(model.apply(x, { training: true }) as tf.Tensor, x), true, trainableVariables(model));
      await loss!.data();
      loss!.dispose();
    }, BATCH);
  } finally {
    x.dispose();
    model.dispose();
    optimizer.dispose();
  }
}
