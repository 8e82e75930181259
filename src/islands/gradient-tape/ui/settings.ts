/**
 * The lab's two settings, validated from the form's raw strings (pure, unit-tested): the Adam
 * learning rate and the batch size. Defaults are the module listing's recipe.
 */

/** What a session is built with. */
export interface LabSettings { learningRate: number; batchSize: number }
/** One readable problem, tied to the field it is about. */
export interface SettingError { field: keyof LabSettings; message: string }
/** Either settings ready to use or every problem found. */
export type SettingsResult = { ok: true; value: LabSettings } | { ok: false; errors: SettingError[] };

/** Steps the "Run N steps" button runs. */
export const RUN_STEPS = 50;

/** The listing's keras.optimizers.Adam(1e-3) and .batch(128). */
export const DEFAULT_SETTINGS: LabSettings = { learningRate: 0.001, batchSize: 128 };
/** Accepted ranges: a learning rate above 0 up to 1, a whole batch size from 1 to 512. */
export const SETTING_BOUNDS = { learningRate: { max: 1 }, batchSize: { min: 1, max: 512 } } as const;

function number(text: string | undefined): number | null {
  const trimmed = (text ?? '').trim();
  const value = Number(trimmed);
  return trimmed === '' || !Number.isFinite(value) ? null : value;
}

/** Checks both fields and says what is wrong with each, in words a learner can act on. */
export function validateSettings(raw: Partial<Record<keyof LabSettings, string>>): SettingsResult {
  const errors: SettingError[] = [];
  const learningRate = number(raw.learningRate);
  if (learningRate === null) errors.push({ field: 'learningRate', message: 'The learning rate must be a number, e.g. 0.001.' });
  else if (learningRate <= 0) errors.push({ field: 'learningRate', message: `The learning rate must be above 0 (got ${learningRate}): with 0 the weights never move.` });
  else if (learningRate > SETTING_BOUNDS.learningRate.max) errors.push({ field: 'learningRate', message: `The learning rate must be at most ${SETTING_BOUNDS.learningRate.max} (got ${learningRate}).` });
  const batchSize = number(raw.batchSize);
  const { min, max } = SETTING_BOUNDS.batchSize;
  if (batchSize === null || !Number.isInteger(batchSize)) errors.push({ field: 'batchSize', message: `The batch size must be a whole number from ${min} to ${max}.` });
  else if (batchSize < min || batchSize > max) errors.push({ field: 'batchSize', message: `The batch size must be from ${min} to ${max} (got ${batchSize}).` });
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { learningRate: learningRate!, batchSize: batchSize! } };
}
