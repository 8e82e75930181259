/**
 * A small seeded random source (mulberry32) and standard normal draws (Box–Muller), so the same
 * seed gives the same series in every browser and in the unit tests. Not numpy's generator: the
 * module's printed numbers come from numpy, so the lab's differ slightly for the same seed.
 */

/** Uniform numbers in [0, 1) from a 32-bit integer seed. */
export function uniform(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal numbers (mean 0, standard deviation 1) from a 32-bit integer seed. */
export function normal(seed: number): () => number {
  const next = uniform(seed);
  return () => {
    const u = 1 - next(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
}
