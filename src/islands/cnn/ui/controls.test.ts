import { describe, expect, it } from 'vitest';
import { validateControls } from './controls';

const good = { preset: 'quick', backend: 'auto', epochs: '5', batchSize: '64', learningRate: '0.001', dropout: '0' };

describe('validateControls', () => {
  it('accepts the seed recipe', () => {
    const result = validateControls(good);
    expect(result).toEqual({ ok: true, value: { backend: 'auto', config: { epochs: 5, batchSize: 64, learningRate: 0.001, dropout: 0, validationSplit: 0.2, preset: 'quick' } } });
  });

  it('explains every bad field in words', () => {
    const result = validateControls({ ...good, epochs: '2.5', batchSize: '4096', learningRate: 'fast', dropout: '1', backend: 'tpu' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.field).sort()).toEqual(['backend', 'batchSize', 'dropout', 'epochs', 'learningRate']);
    expect(result.errors.find((e) => e.field === 'batchSize')?.message).toBe('Batch size must be between 8 and 512 (got 4096).');
    expect(result.errors.find((e) => e.field === 'epochs')?.message).toBe('Epochs must be a whole number.');
  });

  it('treats an empty field as missing, not zero', () => {
    const result = validateControls({ ...good, epochs: '' });
    expect(result.ok).toBe(false);
  });
});
