/** Histograms of weight values for the before/after chart, on one shared range so bars line up. */

/** `bins` equal-width bins over [lo, hi] (the last bin includes hi); values outside are clamped in. */
export function histogram(values: ArrayLike<number>, bins: number, lo: number, hi: number): Uint32Array {
  if (!Number.isInteger(bins) || bins < 1) throw new Error(`A histogram needs a whole number of bins, got ${bins}.`);
  const counts = new Uint32Array(bins);
  const width = hi > lo ? (hi - lo) / bins : 1;
  for (let i = 0; i < values.length; i++) {
    const bin = Math.floor((values[i]! - lo) / width);
    counts[Math.min(bins - 1, Math.max(0, bin))]!++;
  }
  return counts;
}

/** Smallest and largest of `values` ([0, 0] when empty). */
export function extent(values: ArrayLike<number>): [number, number] {
  let lo = Infinity, hi = -Infinity;
  for (let i = 0; i < values.length; i++) { lo = Math.min(lo, values[i]!); hi = Math.max(hi, values[i]!); }
  return values.length ? [lo, hi] : [0, 0];
}

/** How many different numbers `values` holds: 256 at most for int8 per tensor. */
export function distinctCount(values: ArrayLike<number>): number {
  return new Set(Array.from(values)).size;
}
