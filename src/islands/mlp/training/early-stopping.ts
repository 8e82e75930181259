/**
 * Where Keras's EarlyStopping callback would have stopped a run, replayed on its recorded curve.
 * Mirrors keras/src/callbacks/early_stopping.py (Keras 3) epoch by epoch: `wait` counts every
 * monitored epoch and resets only on an improvement that also beats `baseline`; training stops at
 * the end of the first epoch > 0 without improvement once `wait >= patience`; an improvement
 * means `value + minDelta < best` ('min') or `value - minDelta > best` ('max'), so a tie is not
 * one, and the first monitored value always is. NaN never improves on a number.
 */

/** EarlyStopping's arguments that shape the decision (monitor is the curve you pass). */
export interface EarlyStoppingOptions {
  /** Epochs without improvement tolerated before stopping (Keras default 0). */
  patience: number;
  /** Smallest change that counts as an improvement (absolute; Keras default 0). */
  minDelta?: number;
  /** 'min' for losses, 'max' for accuracies (what Keras's mode="auto" infers from the name). */
  mode?: 'min' | 'max';
  /** The value to beat before `wait` is reset; null = none (Keras default). */
  baseline?: number | null;
  /** Epochs at the start that are not monitored at all (Keras default 0). */
  startFromEpoch?: number;
}

/** Epoch indices are 0-based, like the `epoch` Keras passes to callbacks (show them plus one). */
export interface EarlyStoppingVerdict {
  /** The epoch at whose end training stops (Keras's stopped_epoch), or null if it never triggers. */
  stoppedEpoch: number | null;
  /** How many epochs run: stoppedEpoch + 1, or the whole curve. */
  epochsRun: number;
  /** The best monitored epoch so far at the end (the one restore_best_weights=True restores), or null if none was monitored. */
  bestEpoch: number | null;
  /** The monitored value at bestEpoch. */
  bestValue: number | null;
}

/** Replays EarlyStopping over `values` (one monitored value per epoch, e.g. history["val_loss"]). */
export function earlyStopping(values: readonly number[], options: EarlyStoppingOptions): EarlyStoppingVerdict {
  const { patience, minDelta = 0, mode = 'min', baseline = null, startFromEpoch = 0 } = options;
  if (!Number.isInteger(patience) || patience < 0) throw new Error(`Patience must be a whole number >= 0, got ${patience}.`);
  const delta = Math.abs(minDelta);
  const improves = (value: number, reference: number | null) =>
    reference === null || (mode === 'min' ? value + delta < reference : value - delta > reference);
  let best: number | null = null;
  let bestEpoch: number | null = null;
  let wait = 0;
  for (let epoch = 0; epoch < values.length; epoch++) {
    if (epoch < startFromEpoch) continue;
    const current = values[epoch]!;
    wait += 1;
    if (improves(current, best)) {
      best = current;
      bestEpoch = epoch;
      if (baseline === null || improves(current, baseline)) wait = 0;
      continue;
    }
    if (wait >= patience && epoch > 0) return { stoppedEpoch: epoch, epochsRun: epoch + 1, bestEpoch, bestValue: best };
  }
  return { stoppedEpoch: null, epochsRun: values.length, bestEpoch, bestValue: best };
}
