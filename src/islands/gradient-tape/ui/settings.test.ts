import { expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from './settings';

it('accepts the listing recipe and rejects bad input with a message per field', () => {
  expect(validateSettings({ learningRate: ' 0.001 ', batchSize: '128' })).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  const bad = validateSettings({ learningRate: '0', batchSize: '12.5' });
  expect(bad.ok).toBe(false);
  if (bad.ok) return;
  expect(bad.errors.map((e) => e.field)).toEqual(['learningRate', 'batchSize']);
  expect(bad.errors[0]!.message).toMatch(/above 0/);
  expect(validateSettings({ learningRate: 'abc', batchSize: '' }).ok).toBe(false);
  expect(validateSettings({ learningRate: '2', batchSize: '128' })).toMatchObject({ ok: false, errors: [{ field: 'learningRate' }] });
  expect(validateSettings({ learningRate: '0.01', batchSize: '600' })).toMatchObject({ ok: false, errors: [{ field: 'batchSize' }] });
});
