/**
 * One training phase (in the lab's worker): compile (so the `trainable` flags set for the phase
 * take effect, with the phase's learning rate, as Keras needs), then epochs of freshly augmented,
 * shuffled mini-batches. The loop yields between batches, so other requests get through.
 */
import * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { shuffled } from '../../../lib/shuffle.ts';
import { freezeFor, type Phase } from '../model/freeze.ts';
import { score, type Scores } from './evaluate.ts';
import { augmented, type Batch } from './tensors.ts';

/** A phase's settings: epochs, Adam's learning rate, images per step. */
export interface PhaseSettings { phase: Phase; epochs: number; learningRate: number; batchSize: number }

/** Per-batch and per-epoch reports; `epoch` counts from 0 within the phase. */
export interface PhaseListener {
  batch(epoch: number, batch: number, batches: number, loss: number, accuracy: number): void;
  epoch(epoch: number, heldOut: Scores): void;
}

/** Trains `model` for one phase on `train`, scoring `heldOut` after each epoch; returns the last scores. */
export async function trainPhase(model: tfl.LayersModel, baseLayers: tfl.layers.Layer[], train: Batch, heldOut: Batch, settings: PhaseSettings, random: () => number, on: PhaseListener): Promise<Scores> {
  freezeFor(settings.phase, baseLayers);
  // An optimizer passed in is not the model's to free: the previous phase's Adam slots go here.
  (model.optimizer as tf.Optimizer | undefined)?.dispose();
  model.compile({ optimizer: tf.train.adam(settings.learningRate), loss: 'categoricalCrossentropy', metrics: ['accuracy'] });
  const n = train.xs.shape[0];
  const batches = Math.ceil(n / settings.batchSize);
  let last: Scores = await score(model, heldOut);
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    const order = Int32Array.from(shuffled(Array.from({ length: n }, (_, i) => i), random));
    const xs = augmented(train.xs, random);
    for (let b = 0; b < batches; b++) {
      const ids = tf.tensor1d(order.subarray(b * settings.batchSize, (b + 1) * settings.batchSize), 'int32');
      const [x, y] = tf.tidy(() => [tf.gather(xs, ids), tf.gather(train.ys, ids)]);
      const [loss, accuracy] = (await model.trainOnBatch(x!, y!)) as number[];
      tf.dispose([ids, x!, y!]);
      on.batch(epoch, b, batches, loss!, accuracy!);
      await tf.nextFrame();
    }
    xs.dispose();
    last = await score(model, heldOut);
    on.epoch(epoch, last);
  }
  return last;
}
