/**
 * The training settings form: epochs of the head phase, whether to fine-tune, and the
 * fine-tuning epochs and learning rate (Adam 1e-5 by default, as the module's listing).
 */
import type { FieldError, Validation } from '../../runtime/ui/form.ts';

/** One run's settings. The head trains with Adam 1e-3 (Keras's default rate). */
export interface RunSettings { headEpochs: number; fineTune: boolean; fineTuneEpochs: number; fineTuneRate: number }

/** Images per gradient step in both phases. */
export const BATCH_SIZE = 16;
/** Adam's learning rate for the new head. */
export const HEAD_RATE = 1e-3;
/** The form's defaults: the default run. */
export const DEFAULT_RUN: RunSettings = { headEpochs: 15, fineTune: true, fineTuneEpochs: 5, fineTuneRate: 1e-5 };
/** Accepted ranges. */
export const LIMITS = { epochs: { min: 1, max: 100 }, rate: { min: 0, max: 0.01 } };

function epochs(raw: string | undefined, field: string, errors: FieldError[]): number {
  const value = Number(raw);
  if (raw?.trim() === '' || !Number.isInteger(value) || value < LIMITS.epochs.min || value > LIMITS.epochs.max) {
    errors.push({ field, message: `Enter a whole number of epochs from ${LIMITS.epochs.min} to ${LIMITS.epochs.max}.` });
  }
  return value;
}

/** Parses the form's fields (names as in the shell); one message per bad field. */
export function validateRun(raw: Record<string, string>): Validation<RunSettings> {
  const errors: FieldError[] = [];
  const fineTune = raw.fineTune === 'on';
  const headEpochs = epochs(raw.headEpochs, 'headEpochs', errors);
  const fineTuneEpochs = fineTune ? epochs(raw.fineTuneEpochs, 'fineTuneEpochs', errors) : DEFAULT_RUN.fineTuneEpochs;
  const fineTuneRate = Number(raw.fineTuneRate);
  if (fineTune && (raw.fineTuneRate?.trim() === '' || !(fineTuneRate > LIMITS.rate.min && fineTuneRate <= LIMITS.rate.max))) {
    errors.push({ field: 'fineTuneRate', message: `Enter a learning rate above 0 and at most ${LIMITS.rate.max}; fine-tuning uses a small one, such as 1e-5.` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { headEpochs, fineTune, fineTuneEpochs, fineTuneRate: fineTune ? fineTuneRate : DEFAULT_RUN.fineTuneRate } };
}
