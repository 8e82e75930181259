/**
 * The training form: reads and validates the learner's recipe. `validateControls` is pure
 * (plain strings in, config or readable messages out) so it is unit-tested without a DOM.
 */
import { SEED_RECIPE, type BackendPreference, type DataPreset, type TrainConfig } from '../protocol';

export interface ControlValues { config: TrainConfig; backend: BackendPreference }
export interface FieldError { field: string; message: string }
export type Validation = { ok: true; value: ControlValues } | { ok: false; errors: FieldError[] };

const BACKENDS: readonly BackendPreference[] = ['auto', 'webgpu', 'webgl', 'wasm', 'cpu'];
const PRESETS: readonly DataPreset[] = ['quick', 'full'];

export const BOUNDS = {
  epochs: { min: 1, max: 50, label: 'Epochs', integer: true },
  batchSize: { min: 8, max: 512, label: 'Batch size', integer: true },
  learningRate: { min: 0.00001, max: 0.1, label: 'Learning rate', integer: false },
  dropout: { min: 0, max: 0.8, label: 'Dropout', integer: false },
} as const;

type NumericField = keyof typeof BOUNDS;

function readNumber(raw: Record<string, string | undefined>, field: NumericField, errors: FieldError[]): number {
  const { min, max, label, integer } = BOUNDS[field];
  const text = (raw[field] ?? '').trim();
  const value = Number(text);
  if (text === '' || !Number.isFinite(value)) {
    errors.push({ field, message: `${label} must be a number.` });
  } else if (integer && !Number.isInteger(value)) {
    errors.push({ field, message: `${label} must be a whole number.` });
  } else if (value < min || value > max) {
    errors.push({ field, message: `${label} must be between ${min} and ${max} (got ${text}).` });
  }
  return value;
}

export function validateControls(raw: Record<string, string | undefined>): Validation {
  const errors: FieldError[] = [];
  const preset = raw.preset as DataPreset;
  if (!PRESETS.includes(preset)) errors.push({ field: 'preset', message: 'Choose the quick or the full data set.' });
  const backend = raw.backend as BackendPreference;
  if (!BACKENDS.includes(backend)) errors.push({ field: 'backend', message: `Backend must be one of: ${BACKENDS.join(', ')}.` });
  const epochs = readNumber(raw, 'epochs', errors);
  const batchSize = readNumber(raw, 'batchSize', errors);
  const learningRate = readNumber(raw, 'learningRate', errors);
  const dropout = readNumber(raw, 'dropout', errors);
  if (errors.length > 0) return { ok: false, errors };
  const config: TrainConfig = { epochs, batchSize, learningRate, dropout, validationSplit: SEED_RECIPE.validationSplit, preset };
  return { ok: true, value: { config, backend } };
}

/** Reads the form, marks invalid fields (aria-invalid + a linked message list in `errorList`) and returns the result. */
export function readControls(form: HTMLFormElement, errorList: HTMLElement): Validation {
  const raw: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) raw[name] = String(value);
  const result = validateControls(raw);
  for (const input of form.querySelectorAll<HTMLElement>('[name]')) input.removeAttribute('aria-invalid');
  errorList.replaceChildren();
  errorList.hidden = result.ok;
  if (!result.ok) {
    const list = document.createElement('ul');
    errorList.appendChild(list);
    for (const { field, message } of result.errors) {
      const input = form.querySelector<HTMLElement>(`[name="${field}"]`);
      input?.setAttribute('aria-invalid', 'true');
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${input?.id ?? ''}`;
      link.textContent = message;
      item.appendChild(link);
      list.appendChild(item);
    }
    form.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }
  return result;
}
