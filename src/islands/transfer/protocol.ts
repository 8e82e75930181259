/**
 * The lab's worker protocol (runtime/worker): `open` loads TensorFlow.js and looks for the saved
 * CNN, `train` runs both phases on the learner's drawings, `predict` scores one drawing with the
 * trained model. Events stream each phase's summary and its batch and epoch figures.
 */
import type { Example } from './data/split.ts';
import type { Phase } from './model/freeze.ts';
import type { ParamCounts } from './model/params.ts';
import type { RunSettings } from './ui/settings.ts';

/** The base as the worker found it: loaded, or why not (SavedCnnError's reason and message). */
export type BaseFound = { ok: true; savedAt: string } | { ok: false; reason: 'none' | 'corrupted'; message: string };

/** One row of a phase's model summary; `trainable` is the layer's flag in that phase. */
export interface LayerRow { name: string; className: string; outputShape: (number | null)[]; params: number; trainable: boolean }

/** Every request the worker answers. */
export type Request =
  | { type: 'open' }
  | { type: 'train'; train: Example[]; heldOut: Example[]; classes: number; settings: RunSettings; seed: number }
  | { type: 'predict'; pixels: Float32Array };

/** Reply payloads by request type. Accuracies are 0-1 on the held-out drawings; null = phase not run. */
export interface Replies {
  open: { backend: string; base: BaseFound };
  train: { accuracyHead: number; accuracyFine: number | null };
  predict: { probabilities: number[] };
}

/** Progress: a phase begins (its summary), a batch or an epoch ends (held-out loss and accuracy). */
export type Event =
  | { type: 'phase'; phase: Phase; epochs: number; batches: number; learningRate: number; rows: LayerRow[]; counts: ParamCounts }
  | { type: 'batch'; phase: Phase; epoch: number; batch: number; batches: number; loss: number; accuracy: number }
  | { type: 'epoch'; phase: Phase; epoch: number; loss: number; accuracy: number };
