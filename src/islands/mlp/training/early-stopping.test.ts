import { describe, expect, it } from 'vitest';
import { earlyStopping, type EarlyStoppingOptions, type EarlyStoppingVerdict } from './early-stopping';
import oracle from './early-stopping.keras.json';

/** What Keras's own EarlyStopping decided on each curve (scripts/keras/early-stopping-oracle.py; NaN saved as null). */
interface OracleCase { name: string; values: (number | null)[]; options: EarlyStoppingOptions; keras: EarlyStoppingVerdict }

const cases = (oracle as { cases: OracleCase[] }).cases;

describe('earlyStopping replays Keras 3 EarlyStopping', () => {
  it('has the oracle cases', () => expect(cases.length).toBeGreaterThanOrEqual(15));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, { values, options, keras }) => {
    const verdict = earlyStopping(values.map((v) => v ?? Number.NaN), options);
    expect({ ...verdict, bestValue: Number.isNaN(verdict.bestValue) ? null : verdict.bestValue }).toEqual(keras);
  });

  it('stops the module-5 way (patience 3) three epochs after the lowest validation loss', () => {
    const valLoss = [0.35, 0.25, 0.21, 0.2, 0.22, 0.24, 0.27, 0.3, 0.33];
    expect(earlyStopping(valLoss, { patience: 3 })).toEqual({ stoppedEpoch: 6, epochsRun: 7, bestEpoch: 3, bestValue: 0.2 });
  });

  it('refuses a patience that is not a whole number >= 0', () => {
    expect(() => earlyStopping([1, 2], { patience: -1 })).toThrow(/Patience/);
    expect(() => earlyStopping([1, 2], { patience: 1.5 })).toThrow(/Patience/);
  });
});
