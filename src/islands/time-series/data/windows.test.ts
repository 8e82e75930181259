import { describe, expect, it } from 'vitest';
import { chronologicalSplit } from './split';
import { cutWindows, windowInputs } from './windows';

const ramp = Float32Array.from({ length: 100 }, (_v, i) => i); // value = its own index

describe('chronologicalSplit', () => {
  it('splits the module 4,000 hours 2,800 / 600 / 600 in time order', () => {
    expect(chronologicalSplit(4000).map((p) => [p.start, p.end])).toEqual([[0, 2800], [2800, 3400], [3400, 4000]]);
  });
});

describe('cutWindows', () => {
  it('pairs the window starting at i with the value at i + window (one step ahead), every step', () => {
    const w = cutWindows(ramp, { start: 0, end: 10 }, { window: 4, horizon: 1, stride: 1 });
    expect(w.count).toBe(6); // like timeseries_dataset_from_array(x[:-1], x[4:], 4): 10 - 4 windows
    expect(w.inputs).toHaveLength(6 * 4);
    expect(windowInputs(w, 0)).toEqual([0, 1, 2, 3]);
    expect(Array.from(w.targets)).toEqual([4, 5, 6, 7, 8, 9]);
  });

  it('skips windows with a stride and reaches further with a horizon', () => {
    const w = cutWindows(ramp, { start: 0, end: 20 }, { window: 4, horizon: 3, stride: 5 });
    expect(w.starts).toEqual([0, 5, 10]);
    expect(Array.from(w.targets)).toEqual([6, 11, 16]);
  });

  it('never reads outside its period, so no window leaks across the split', () => {
    for (const period of chronologicalSplit(100)) {
      const w = cutWindows(ramp, period, { window: 8, horizon: 2, stride: 1 });
      expect(Math.min(...w.inputs)).toBeGreaterThanOrEqual(period.start);
      expect(Math.max(...w.inputs, ...w.targets)).toBeLessThan(period.end);
      expect(w.count).toBe(period.end - period.start - 8 - 2 + 1);
    }
  });

  it('gives no windows when the period is shorter than window + horizon', () => {
    expect(cutWindows(ramp, { start: 0, end: 5 }, { window: 5, horizon: 1, stride: 1 }).count).toBe(0);
  });
});
