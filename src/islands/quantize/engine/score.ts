/**
 * Timed inference over a whole split: the runtime's scoreSplit in slices of 1,000 images so the
 * page can show progress; the clock covers only the scoring (batches to the backend, predict,
 * predictions read back), not the progress messages between slices.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import type { Split } from '../../runtime/mnist/shards.ts';
import { scoreSplit } from '../../runtime/training/evaluate.ts';

const SLICE = 1_000;

/** Accuracy (0-1), each image's predicted digit and the milliseconds inference took. */
export interface TimedScore { accuracy: number; predicted: Uint8Array; ms: number }

/** Scores `model` on every image of `split`; `onSlice(done)` after each 1,000 images. */
export async function timedScore(model: tfl.LayersModel, split: Split, onSlice: (done: number) => void): Promise<TimedScore> {
  const predicted = new Uint8Array(split.count);
  let correct = 0, ms = 0;
  for (let start = 0; start < split.count; start += SLICE) {
    const end = Math.min(split.count, start + SLICE);
    const indices = Int32Array.from({ length: end - start }, (_, i) => start + i);
    const began = performance.now();
    const score = await scoreSplit(model, split, indices);
    ms += performance.now() - began;
    correct += Math.round(score.accuracy * indices.length);
    predicted.set(score.predicted, start);
    onSlice(end);
  }
  return { accuracy: correct / Math.max(1, split.count), predicted, ms };
}
