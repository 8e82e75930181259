import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, validateSettings } from './settings';

const raw = (over: Record<string, string> = {}) => ({ ...Object.fromEntries(Object.entries(DEFAULT_SETTINGS).map(([k, v]) => [k, String(v)])), ...over });
const errorFor = (over: Record<string, string>, field: string) => {
  const result = validateSettings(raw(over));
  return result.ok ? undefined : result.errors.find((e) => e.field === field)?.message;
};

describe('validateSettings', () => {
  it('accepts the defaults: the module series and 48-step windows', () => {
    expect(validateSettings(raw())).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS).toMatchObject({ length: 4000, slope: 0.002, period: 24, amplitude: 3, noise: 0.5, window: 48 });
  });

  it('refuses a period of 0 and non-numbers with a sentence for that field', () => {
    expect(errorFor({ period: '0' }, 'period')).toMatch(/at least 2 steps/);
    expect(errorFor({ slope: 'abc' }, 'slope')).toBe('Must be a number, e.g. 0.002.');
    expect(errorFor({ noise: '' }, 'noise')).toMatch(/Must be a number/);
    expect(errorFor({ amplitude: '-1' }, 'amplitude')).toMatch(/0 or more/);
    expect(errorFor({ seed: '1.5' }, 'seed')).toMatch(/whole number/);
    expect(errorFor({ third: 'gru' }, 'third')).toMatch(/Conv1D or LSTM/);
  });

  it('refuses a window longer than the series (or its held-out periods)', () => {
    expect(errorFor({ window: '5000' }, 'window')).toMatch(/shorter than the series' validation and test periods \(600 steps each\)/);
    expect(errorFor({ length: '300', window: '48' }, 'window')).toMatch(/45 steps each/);
    expect(validateSettings(raw({ window: '580' })).ok).toBe(true);
  });
});
