/**
 * The module's two forecasts that need no training, on the same windows as the models: naive
 * (the last value in the window) and seasonal naive (the value one period before the target).
 */
import type { Windows } from './windows.ts';

/** Mean absolute error between two equally long lists, in the series' units. */
export function meanAbsoluteError(truth: ArrayLike<number>, forecast: ArrayLike<number>): number {
  if (truth.length !== forecast.length || truth.length === 0) throw new Error(`MAE needs two equally long, non-empty lists (got ${truth.length} and ${forecast.length}).`);
  let sum = 0;
  for (let i = 0; i < truth.length; i++) sum += Math.abs(truth[i]! - forecast[i]!);
  return sum / truth.length;
}

/** Naive forecasts: each window's last input ("the next hour equals this hour"). */
export function naiveForecast(w: Windows): Float32Array {
  return Float32Array.from(w.starts, (_s, i) => w.inputs[i * w.window + w.window - 1]!);
}

/**
 * Seasonal-naive forecasts: the value `period` steps before each target ("same hour yesterday"),
 * read from the window, so it needs period >= horizon and period - horizon < window.
 */
export function seasonalNaiveForecast(w: Windows, period: number, horizon: number): Float32Array {
  const back = period - horizon; // steps back from the window's last input
  if (period < horizon || back >= w.window) throw new Error(`Seasonal naive needs the value ${period} steps before the target inside the ${w.window}-step window.`);
  return Float32Array.from(w.starts, (_s, i) => w.inputs[i * w.window + w.window - 1 - back]!);
}
