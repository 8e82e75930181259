/**
 * The module's synthetic hourly series: level + slope * t + amplitude * sin(2 pi t / period) +
 * noise, with every part kept apart so the lab (and its tests) can show and check each one.
 */
import { normal } from '~/lib/normal';

/** The knobs of the series; `period` and `length` in steps (hours), the rest in series units. */
export interface SeriesSettings {
  length: number;
  level: number;
  slope: number;
  period: number;
  amplitude: number;
  noise: number;
  seed: number;
}

/** A generated series and its components, each `length` long: values = trend + season + noise. */
export interface Series {
  values: Float32Array;
  trend: Float32Array;
  season: Float32Array;
  noise: Float32Array;
}

/** The module's listing: 4,000 hours, 10 + 0.002 t + 3 sin(2 pi t / 24) + N(0, 0.5), seed 42. */
export const MODULE_SERIES: SeriesSettings = { length: 4000, level: 10, slope: 0.002, period: 24, amplitude: 3, noise: 0.5, seed: 42 };

/** Generates the series; the same settings always give the same numbers. Expects checked settings. */
export function generateSeries(s: SeriesSettings): Series {
  const draw = normal(s.seed);
  const values = new Float32Array(s.length);
  const trend = new Float32Array(s.length);
  const season = new Float32Array(s.length);
  const noise = new Float32Array(s.length);
  for (let t = 0; t < s.length; t++) {
    trend[t] = s.level + s.slope * t;
    season[t] = s.amplitude * Math.sin((2 * Math.PI * t) / s.period);
    noise[t] = s.noise * draw();
    values[t] = trend[t]! + season[t]! + noise[t]!;
  }
  return { values, trend, season, noise };
}
