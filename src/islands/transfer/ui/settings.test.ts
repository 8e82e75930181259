import { describe, expect, it } from 'vitest';
import { DEFAULT_RUN, validateRun } from './settings';

describe('training settings', () => {
  it('reads the defaults', () => {
    expect(validateRun({ headEpochs: '15', fineTune: 'on', fineTuneEpochs: '5', fineTuneRate: '1e-5' })).toEqual({ ok: true, value: DEFAULT_RUN });
  });

  it('refuses a learning rate of 0, fractional or empty epochs, naming each field', () => {
    const result = validateRun({ headEpochs: '2.5', fineTune: 'on', fineTuneEpochs: '', fineTuneRate: '0' });
    expect(result.ok ? [] : result.errors.map((e) => e.field)).toEqual(['headEpochs', 'fineTuneEpochs', 'fineTuneRate']);
  });

  it('ignores the fine-tuning fields when fine-tuning is off', () => {
    expect(validateRun({ headEpochs: '3', fineTuneEpochs: 'x', fineTuneRate: '-1' })).toEqual({ ok: true, value: { ...DEFAULT_RUN, headEpochs: 3, fineTune: false } });
  });
});
