/**
 * The module's threshold rule: `np.percentile(reconstruction_error(x_val), 99)`, the 99th
 * percentile of the errors on held-out normal digits, so about 1% of normal inputs are flagged.
 * numpy's default percentile interpolates linearly between the two nearest sorted values.
 */

/** The module's percentile: accept about 1% false alarms on normal data. */
export const MODULE_PERCENTILE = 99;

/** numpy's `percentile(values, q)` (method "linear"); throws for no values or q outside [0, 100]. */
export function percentile(values: ArrayLike<number>, q: number): number {
  if (values.length === 0) throw new RangeError('No values to take a percentile of.');
  if (!(q >= 0 && q <= 100)) throw new RangeError(`The percentile must be from 0 to 100, got ${q}.`);
  const sorted = Float64Array.from(values).sort();
  const position = (q / 100) * (sorted.length - 1);
  const below = Math.floor(position);
  const above = Math.min(below + 1, sorted.length - 1);
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below);
}

/** The verdict for a score: above the threshold is an anomaly (the module flags `error > threshold`). */
export const isAnomaly = (score: number, threshold: number): boolean => score > threshold;

/** Fraction of `values` above `threshold` (the false-alarm rate when they are normal). */
export function flaggedFraction(values: ArrayLike<number>, threshold: number): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (isAnomaly(values[i]!, threshold)) n++;
  return values.length ? n / values.length : 0;
}
