/**
 * Which layers train in each phase, set as Keras does with `layer.trainable`. As in Keras, a
 * change takes effect at the next compile (tfjs-layers collects the trainable weights there),
 * so every phase compiles again with its own learning rate: see training/phases.ts.
 */
import type * as tfl from '@tensorflow/tfjs-layers';

/**
 * 'head': the whole base frozen (feature extraction). 'fine-tune': the top conv block unfrozen,
 * that is the last Conv2D of the base and everything after it; earlier layers stay frozen.
 */
export type Phase = 'head' | 'fine-tune';

/** Index in `baseLayers` where the top conv block starts (the last Conv2D). Throws without one. */
export function topBlockStart(baseLayers: tfl.layers.Layer[]): number {
  const last = baseLayers.map((layer) => layer.getClassName()).lastIndexOf('Conv2D');
  if (last < 0) throw new Error('The base has no Conv2D layer to fine-tune.');
  return last;
}

/** Sets `trainable` on every base layer for `phase`; the head layers always train. */
export function freezeFor(phase: Phase, baseLayers: tfl.layers.Layer[]): void {
  const start = phase === 'fine-tune' ? topBlockStart(baseLayers) : baseLayers.length;
  baseLayers.forEach((layer, i) => { layer.trainable = i >= start; });
}
