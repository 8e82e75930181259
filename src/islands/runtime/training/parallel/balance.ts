/**
 * How many images of a batch each worker gets, so that all finish together. Workers differ:
 * helpers pay message and weight-copy overhead, and a core shared with the page runs slower.
 * Each worker is modelled as `overheadMs + images × msPerImage`, both learned from the steps
 * (moving averages), and the batch is divided so those predicted times are equal.
 */

export interface WorkerCost { msPerImage: number; overheadMs: number }

const SMOOTHING = 0.2;

/** Images per worker (sum = count, each ≥ 1 while count allows) for equal predicted finish times. */
export function balancedCounts(count: number, costs: WorkerCost[]): number[] {
  const n = Math.min(costs.length, count);
  const used = costs.slice(0, n);
  // Equal finish time T: images_i = (T - overhead_i) / msPerImage_i and Σ images_i = count.
  const finish = (count + used.reduce((s, c) => s + c.overheadMs / c.msPerImage, 0)) / used.reduce((s, c) => s + 1 / c.msPerImage, 0);
  const ideal = used.map((c) => Math.max(1, (finish - c.overheadMs) / c.msPerImage));
  const scale = count / ideal.reduce((a, b) => a + b, 0);
  const exact = ideal.map((v) => v * scale);
  const counts = exact.map((v) => Math.max(1, Math.floor(v)));
  // Hand out what rounding left (or take back what the minimum of 1 added), largest remainder first.
  const order = exact.map((v, i) => ({ i, rest: v - Math.floor(v) })).sort((a, b) => b.rest - a.rest);
  let left = count - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; left !== 0; k = (k + 1) % n) {
    const i = order[k]!.i;
    if (left > 0) { counts[i]! += 1; left -= 1; } else if (counts[i]! > 1) { counts[i]! -= 1; left += 1; }
  }
  return counts;
}

/**
 * Caps every helper (index ≥ 1) at an equal share, ⌈count / workers⌉, and gives what it loses
 * to this worker (index 0). Why: a helper's wasm memory is sized by the largest part it has ever
 * computed and never shrinks. Its first steps are equal splits, so a larger part later, when a
 * slow moment of this worker made the helper look faster, grows it for the rest of the run.
 * Probed with the seed CNN on wasm: a helper's 41.9 MB heap holds parts of up to 35 images and
 * grows by 8.4 MB at 36 (bench:train saw 129.0 MB become 137.4 MB that way).
 */
export function capHelperCounts(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  const cap = Math.ceil(total / Math.max(1, counts.length));
  const capped = counts.map((c, i) => (i === 0 ? c : Math.min(c, cap)));
  capped[0]! += total - capped.reduce((a, b) => a + b, 0);
  return capped;
}

/**
 * Folds one observation into a cost estimate (first observation replaces the prior); an
 * `overheadMs` of null was not observable this time and keeps the estimate.
 */
export function updateCost(cost: WorkerCost | null, images: number, computeMs: number, overheadMs: number | null): WorkerCost {
  const observed = { msPerImage: Math.max(1e-3, computeMs / Math.max(1, images)), overheadMs: Math.max(0, overheadMs ?? cost?.overheadMs ?? 0) };
  if (!cost) return observed;
  return {
    msPerImage: cost.msPerImage + SMOOTHING * (observed.msPerImage - cost.msPerImage),
    overheadMs: cost.overheadMs + SMOOTHING * (observed.overheadMs - cost.overheadMs),
  };
}

/** Now, in ms since the epoch, at sub-millisecond resolution; see RoundTrip. */
export const sharedNow = (): number => performance.timeOrigin + performance.now();

/**
 * One helper round trip: absolute times in ms since the epoch (`sharedNow`), and the helper's
 * span. The HR Time spec makes these times comparable across a page's workers, but only to within
 * their clocks' skew, so they are compared across workers only to tell whether a reply had to wait.
 */
export interface RoundTrip {
  /** This worker posted the request. */
  sentAt: number;
  /** The helper's own time on the request (ms, a duration on its clock). */
  helperMs: number;
  /** The helper posted its reply. */
  repliedAt: number;
  /** This worker handled the reply. */
  handledAt: number;
  /** This worker finished its own part and could first handle a reply. */
  freeAt: number;
}

/**
 * A helper's message overhead (ms) in one step: its round trip less its own compute time, which
 * takes the two workers' clocks out of it (each difference is on one clock). A reply posted while
 * this worker was still busy with its own part waited in the queue; that wait is not the helper's
 * cost and its transit cannot be seen, so this returns null and the last estimate stands.
 * (Counting the wait, as bench:train found an earlier version did, made the helper look slow, so
 * it got fewer images, so the wait grew: two workers ended no faster than one.)
 */
export function messageOverhead(t: RoundTrip): number | null {
  if (t.repliedAt < t.freeAt) return null;
  return Math.max(0, t.handledAt - t.sentAt - t.helperMs);
}
