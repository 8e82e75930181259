/**
 * The lab's settings form as plain strings in, a runnable config (or one readable message per bad
 * field) out. Pure, so it is unit-tested without a DOM; the UI marks the fields it names.
 */
import type { BackendPreference } from '../../runtime/backend/types.ts';
import { OPTIMIZERS, TRAINING_LAB_RECIPE, type OptimizerName } from '../model/recipe.ts';
import { checkNumber, type LimitedField } from '../model/validate.ts';
import type { MlpConfig } from '../protocol';
import { TRAIN_SIZES } from './presets.ts';

/** What Start runs: the config, the backend and the patience of the early-stopping mark. */
export interface LabSettings { config: MlpConfig; backend: BackendPreference; patience: number }
export interface FieldError { field: string; message: string }
export type LabValidation = { ok: true; value: LabSettings } | { ok: false; errors: FieldError[] };

const BACKENDS: readonly BackendPreference[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];
const ALL = TRAIN_SIZES.at(-1)!;

function number(raw: Record<string, string | undefined>, field: LimitedField, errors: FieldError[]): number {
  const text = (raw[field] ?? '').trim();
  const value = text === '' ? Number.NaN : Number(text);
  const problem = checkNumber(field, value);
  if (problem) errors.push({ field, message: problem });
  return value;
}

/** Validates the form's fields (by input name) into settings for one lab run on all 60,000 images. */
export function validateLab(raw: Record<string, string | undefined>): LabValidation {
  const errors: FieldError[] = [];
  const trainImages = Number(raw.trainImages);
  if (!TRAIN_SIZES.includes(trainImages)) errors.push({ field: 'trainImages', message: `Training images must be one of ${TRAIN_SIZES.join(', ')}.` });
  const optimizer = raw.optimizer as OptimizerName;
  if (!OPTIMIZERS.includes(optimizer)) errors.push({ field: 'optimizer', message: `Optimizer must be one of ${OPTIMIZERS.join(', ')}.` });
  const backend = raw.backend as BackendPreference;
  if (!BACKENDS.includes(backend)) errors.push({ field: 'backend', message: `Backend must be one of ${BACKENDS.join(', ')}.` });
  const width = number(raw, 'width', errors);
  const depth = number(raw, 'depth', errors);
  const learningRate = number(raw, 'learningRate', errors);
  const epochs = number(raw, 'epochs', errors);
  const batchSize = number(raw, 'batchSize', errors);
  const patience = number(raw, 'patience', errors);
  if (errors.length > 0) return { ok: false, errors };
  const config: MlpConfig = {
    ...TRAINING_LAB_RECIPE, width, depth, optimizer, learningRate, epochs, batchSize,
    trainImages: trainImages === ALL ? Infinity : trainImages, preset: 'full',
  };
  return { ok: true, value: { config, backend, patience } };
}
