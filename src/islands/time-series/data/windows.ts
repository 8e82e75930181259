/**
 * (window, target) pairs as `timeseries_dataset_from_array(x[:-1], targets=x[WINDOW:],
 * sequence_length=WINDOW, sequence_stride=stride)` makes them in the module, cut inside ONE period
 * so no window of one period sees a value of another.
 */
import type { Period } from './split.ts';

/** How windows are cut, in steps: `window` inputs, the target `horizon` steps after the last input. */
export interface WindowSpec { window: number; horizon: number; stride: number }

/** The module's one-step windows: 48 hours of history, the next hour as target, every hour. */
export const MODULE_WINDOWS: WindowSpec = { window: 48, horizon: 1, stride: 1 };

/** Windows of one period: `starts[i]` is the series index of window i's first input. */
export interface Windows {
  /** Row-major inputs, `count * window` values. */
  inputs: Float32Array;
  /** One target per window: the value at `starts[i] + window + horizon - 1`. */
  targets: Float32Array;
  starts: number[];
  count: number;
  window: number;
}

/** Cuts windows of `values` inside `period` (empty when the period is shorter than window + horizon). */
export function cutWindows(values: ArrayLike<number>, period: Pick<Period, 'start' | 'end'>, spec: WindowSpec): Windows {
  const { window, horizon, stride } = spec;
  const starts: number[] = [];
  for (let s = period.start; s + window + horizon - 1 < period.end; s += stride) starts.push(s);
  const inputs = new Float32Array(starts.length * window);
  const targets = new Float32Array(starts.length);
  starts.forEach((s, i) => {
    for (let k = 0; k < window; k++) inputs[i * window + k] = values[s + k]!;
    targets[i] = values[s + window + horizon - 1]!;
  });
  return { inputs, targets, starts, count: starts.length, window };
}

/** Window i's inputs as a plain array (for the list of first windows). */
export function windowInputs(w: Windows, i: number): number[] {
  return Array.from(w.inputs.subarray(i * w.window, (i + 1) * w.window));
}
