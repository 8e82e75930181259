/**
 * Equal-width histogram of reconstruction errors, for the chart beside the threshold. Like
 * `np.histogram(values, bins, range=(min, max))`: every bin is [edge, next edge) except the last,
 * which includes its right edge; values outside the range are not counted.
 */

/** `edges` has one more entry than `counts`. */
export interface Histogram { edges: number[]; counts: number[] }

/** Counts `values` into `bins` equal bins spanning [min, max]; throws for bins < 1 or max <= min. */
export function histogram(values: ArrayLike<number>, bins: number, min: number, max: number): Histogram {
  if (!Number.isInteger(bins) || bins < 1) throw new RangeError(`The number of bins must be a whole number of at least 1, got ${bins}.`);
  if (!(max > min)) throw new RangeError(`The histogram range must have max > min, got [${min}, ${max}].`);
  const width = (max - min) / bins;
  const edges = Array.from({ length: bins + 1 }, (_, i) => (i === bins ? max : min + i * width));
  const counts = new Array<number>(bins).fill(0);
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= min && v <= max)) continue;
    counts[Math.min(bins - 1, Math.floor((v - min) / width))]! += 1;
  }
  return { edges, counts };
}
