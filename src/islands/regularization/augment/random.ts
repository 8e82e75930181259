/**
 * A small seeded generator (mulberry32) so the explorer's variants and the A/B runs' data
 * order and augmentations are reproducible: the same seed gives the same numbers in every browser.
 */

/** Uniform numbers in [0, 1) from a 32-bit integer seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
