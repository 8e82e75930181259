import { describe, expect, it } from 'vitest';
import { MODULE_SERIES } from './series';
import { baselineResults, prepare } from './prepare';
import { MODULE_WINDOWS } from './windows';

describe('prepare and baselineResults on the module series', () => {
  const p = prepare(MODULE_SERIES, MODULE_WINDOWS);

  it('cuts the module numbers of windows: 552 validation targets, as the listing prints', () => {
    expect([p.train.count, p.validation.count, p.test.count]).toEqual([2752, 552, 552]);
    expect(p.validation.starts[0]).toBe(2800);
  });

  it('scores the baselines near the module figures (0.706 naive, 0.557 seasonal; another random source)', () => {
    const [naive, seasonal] = baselineResults(p, 24, 1);
    expect(naive!.validationMae).toBeGreaterThan(0.66);
    expect(naive!.validationMae).toBeLessThan(0.76);
    expect(seasonal!.validationMae).toBeGreaterThan(0.52);
    expect(seasonal!.validationMae).toBeLessThan(0.6);
    expect(seasonal!.testForecast).toHaveLength(552);
  });

  it('leaves out the seasonal baseline when the period does not fit in the window', () => {
    const short = prepare({ ...MODULE_SERIES, period: 60 }, MODULE_WINDOWS);
    expect(baselineResults(short, 60, 1).map((r) => r.key)).toEqual(['naive']);
  });
});
