import { describe, expect, it } from 'vitest';
import { meanAbsoluteError, naiveForecast, seasonalNaiveForecast } from './baselines';
import { cutWindows } from './windows';

describe('baselines', () => {
  it('naive repeats the last value: on a ramp of slope 0.5 its MAE is exactly 0.5', () => {
    const ramp = Float32Array.from({ length: 50 }, (_v, i) => 0.5 * i);
    const w = cutWindows(ramp, { start: 0, end: 50 }, { window: 6, horizon: 1, stride: 1 });
    expect(meanAbsoluteError(w.targets, naiveForecast(w))).toBeCloseTo(0.5, 6);
    const ahead = cutWindows(ramp, { start: 0, end: 50 }, { window: 6, horizon: 3, stride: 1 });
    expect(meanAbsoluteError(ahead.targets, naiveForecast(ahead))).toBeCloseTo(1.5, 6);
  });

  it('seasonal naive is perfect on a pure cycle and naive is not', () => {
    const cycle = Float32Array.from({ length: 60 }, (_v, t) => [1, 5, 2, 7][t % 4]!);
    const w = cutWindows(cycle, { start: 0, end: 60 }, { window: 8, horizon: 1, stride: 1 });
    expect(meanAbsoluteError(w.targets, seasonalNaiveForecast(w, 4, 1))).toBe(0);
    // Targets cycle 1,5,2,7 after 7,1,5,2: errors 6,4,3,5, mean 4.5.
    expect(meanAbsoluteError(w.targets, naiveForecast(w))).toBeCloseTo(4.5, 6);
  });

  it('refuses what it cannot compute', () => {
    const w = cutWindows(new Float32Array(30), { start: 0, end: 30 }, { window: 8, horizon: 1, stride: 1 });
    expect(() => seasonalNaiveForecast(w, 10, 1)).toThrow(/inside the 8-step window/);
    expect(() => meanAbsoluteError([1], [])).toThrow(/equally long/);
  });
});
