/**
 * The module's `denoiser.fit(x_noisy, x_clean, validation_data=(val_noisy, val_clean))` as a loop:
 * each batch gets fresh seeded noise on its inputs, targets stay clean, Adam minimises the binary
 * cross-entropy. After every epoch: the epoch's mean training loss and the validation loss, like
 * the two numbers Keras prints per epoch.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { shuffle } from '~/islands/runtime/mnist/batches.ts';
import type { Split } from '~/islands/runtime/mnist/shards.ts';
import { trainableVariables } from '~/islands/runtime/training/step.ts';
import { mulberry32 } from '~/lib/shuffle';
import { imagesAt, range } from '../data/images.ts';
import { addGaussianNoise } from '../data/noise.ts';
import type { AeConfig } from './config.ts';
import { binaryCrossEntropy } from './loss.ts';
import { lossOn } from './reconstruct.ts';

/** One epoch's mean training loss and its validation loss (binary cross-entropy). */
export interface EpochRow { epoch: number; loss: number; valLoss: number }
/** Progress callbacks: after each batch (done of total, its loss) and each epoch. */
export interface FitListener { batch(epoch: number, done: number, total: number, loss: number): void; epoch(row: EpochRow): void }
/** Noisy inputs and clean targets of the held-out validation digits. */
export interface ValidationSet { noisy: Float32Array; clean: Float32Array }

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Trains `model` on the first `config.trainImages` images of `train`; stops between batches when `stopped()`. */
export async function fitDenoiser(model: tfl.LayersModel, train: Split, config: AeConfig, validation: ValidationSet, listener: FitListener, stopped: () => boolean): Promise<{ history: EpochRow[]; stopped: boolean }> {
  const optimizer = tf.train.adam(config.learningRate);
  const random = mulberry32(config.seed);
  const order = range(0, config.trainImages);
  const total = Math.ceil(order.length / config.batchSize);
  const history: EpochRow[] = [];
  try {
    for (let epoch = 0; epoch < config.epochs; epoch++) {
      shuffle(order, random);
      let sum = 0;
      for (let b = 0; b < total; b++) {
        if (stopped()) return { history, stopped: true };
        const start = b * config.batchSize, end = Math.min(order.length, start + config.batchSize);
        const clean = imagesAt(train, order, start, end);
        const noisy = addGaussianNoise(clean, config.trainNoise, config.seed * 7919 + epoch * 1009 + b);
        const [x, y] = [noisy, clean].map((a) => tf.tensor4d(a, [end - start, 28, 28, 1]));
        const loss = optimizer.minimize(() => binaryCrossEntropy(model.apply(x!, { training: true }) as tf.Tensor, y!), true, trainableVariables(model));
        const value = (await loss!.data())[0]!; // one read per batch: memory stays flat and Stop gets through
        tf.dispose([x!, y!, loss!]);
        sum += value * (end - start);
        listener.batch(epoch, b + 1, total, value);
        await nextTask();
      }
      const row = { epoch, loss: sum / order.length, valLoss: await lossOn(model, validation.noisy, validation.clean) };
      history.push(row);
      listener.epoch(row);
    }
    return { history, stopped: false };
  } finally {
    optimizer.dispose();
  }
}
