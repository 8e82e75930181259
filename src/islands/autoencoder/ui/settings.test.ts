import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../training/config';
import { validateSettings } from './settings';

const good = { trainImages: '6000', epochs: '2', trainNoise: '0.4', percentile: '99' };

describe('validateSettings', () => {
  it('accepts the defaults', () => {
    expect(validateSettings(good)).toEqual({ ok: true, value: DEFAULT_CONFIG });
  });

  it('ties each out-of-range or non-numeric value to its field', () => {
    const result = validateSettings({ trainImages: '20000', epochs: '0', trainNoise: '0.9', percentile: 'abc' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byField = Object.fromEntries(result.errors.map((e) => [e.field, e.message]));
    expect(byField.trainImages).toMatch(/from 500 to 10,000/);
    expect(byField.epochs).toMatch(/from 1 to 20/);
    expect(byField.trainNoise).toMatch(/from 0 to 0.5/);
    expect(byField.percentile).toMatch(/Must be a number/);
    expect(validateSettings({ ...good, epochs: '2.5' }).ok).toBe(false);
    expect(validateSettings({ ...good, trainImages: '' }).ok).toBe(false);
  });
});
