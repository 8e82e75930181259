/**
 * The training form's raw strings checked against the run's limits (pure, unit-tested): each
 * problem is a sentence tied to its field, shown beside it by the runtime's readForm.
 */
import type { FieldError, Validation } from '~/islands/runtime/ui/form.ts';
import { configProblems, DEFAULT_CONFIG, type AeConfig } from '../training/config.ts';

/** The form's fields (input names). */
export const FIELDS = ['trainImages', 'epochs', 'trainNoise', 'percentile'] as const;
type Field = (typeof FIELDS)[number];

/** The config the form describes (defaults for everything it does not show), or every problem. */
export function validateSettings(raw: Partial<Record<Field, string>>): Validation<AeConfig> {
  const errors: FieldError[] = [];
  const values: Partial<Record<Field, number>> = {};
  for (const field of FIELDS) {
    const text = (raw[field] ?? '').trim();
    const value = text === '' ? Number.NaN : Number(text);
    if (!Number.isFinite(value)) errors.push({ field, message: `Must be a number, e.g. ${DEFAULT_CONFIG[field]}.` });
    values[field] = value;
  }
  const config: AeConfig = { ...DEFAULT_CONFIG, ...values };
  for (const [field, message] of configProblems(config)) {
    if (!errors.some((e) => e.field === field)) errors.push({ field, message });
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: config };
}
