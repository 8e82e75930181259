import { describe, expect, it } from 'vitest';
import { MODULE_SERIES, generateSeries } from './series';

describe('generateSeries', () => {
  const series = generateSeries(MODULE_SERIES);

  it('is reproducible for a seed and differs for another seed', () => {
    expect(generateSeries(MODULE_SERIES).values).toEqual(series.values);
    expect(generateSeries({ ...MODULE_SERIES, seed: 43 }).values).not.toEqual(series.values);
  });

  it('has the trend and the seasonal component the settings ask for', () => {
    expect(series.values).toHaveLength(4000);
    expect(series.trend[0]).toBeCloseTo(10, 5);
    expect(series.trend[1000]).toBeCloseTo(12, 4); // 10 + 0.002 * 1000
    expect(series.season[6]).toBeCloseTo(3, 5); // a quarter period: the peak
    expect(series.season[18]).toBeCloseTo(-3, 5);
    expect(series.season[24]).toBeCloseTo(0, 4); // one full period later
    for (const t of [0, 7, 1234, 3999]) expect(series.values[t]).toBeCloseTo(series.trend[t]! + series.season[t]! + series.noise[t]!, 4);
  });

  it('draws noise with the standard deviation asked for (mean 0)', () => {
    const n = series.noise;
    const mean = n.reduce((a, b) => a + b, 0) / n.length;
    const sd = Math.sqrt(n.reduce((a, b) => a + (b - mean) ** 2, 0) / n.length);
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(sd).toBeGreaterThan(0.47);
    expect(sd).toBeLessThan(0.53);
    expect(generateSeries({ ...MODULE_SERIES, noise: 0 }).noise.every((v) => v === 0)).toBe(true);
  });
});
