/**
 * Everything a run needs before any model: the series, its three periods, the windows of each
 * (cut inside the period, so nothing leaks) and the baselines' results. No TensorFlow.js here.
 */
import { meanAbsoluteError, naiveForecast, seasonalNaiveForecast } from './baselines.ts';
import { generateSeries, type Series, type SeriesSettings } from './series.ts';
import { chronologicalSplit, type Period } from './split.ts';
import { cutWindows, type WindowSpec, type Windows } from './windows.ts';

/** One row of the results table: a model or baseline, its size and its errors in series units. */
export interface Result {
  key: string;
  label: string;
  /** Trainable parameters; 0 for a baseline. */
  params: number;
  /** Trained models: epochs run (early stopping may end sooner) and the epoch whose weights were kept. */
  epochsRun?: number;
  bestEpoch?: number;
  validationMae: number;
  testMae: number;
  /** Forecasts for the test windows (for the chart). */
  testForecast: Float32Array;
}

/** The prepared data of a run. */
export interface Prepared {
  series: Series;
  periods: [Period, Period, Period];
  train: Windows;
  validation: Windows;
  test: Windows;
}

/** Generates the series and cuts each period's windows with `spec`. */
export function prepare(s: SeriesSettings, spec: WindowSpec): Prepared {
  const series = generateSeries(s);
  const periods = chronologicalSplit(s.length);
  const [train, validation, test] = periods.map((p) => cutWindows(series.values, p, spec)) as [Windows, Windows, Windows];
  return { series, periods, train, validation, test };
}

/** The naive row, and the seasonal-naive row when the period fits in the window (else null). */
export function baselineResults(p: Prepared, period: number, horizon: number): Result[] {
  const rows: Result[] = [];
  const add = (key: string, label: string, f: (w: Windows) => Float32Array) => {
    const testForecast = f(p.test);
    rows.push({ key, label, params: 0, validationMae: meanAbsoluteError(p.validation.targets, f(p.validation)), testMae: meanAbsoluteError(p.test.targets, testForecast), testForecast });
  };
  add('naive', 'Naive (last value)', naiveForecast);
  if (period >= horizon && period - horizon < p.test.window) add('seasonal', 'Seasonal naive (one period ago)', (w) => seasonalNaiveForecast(w, period, horizon));
  return rows;
}
