/**
 * Standard normal draws (Box–Muller) from the project's seeded mulberry32, so the same seed gives
 * the same series or noise in every browser and in the unit tests. Not numpy's generator: a
 * module's printed numbers come from numpy, so a lab's differ slightly for the same seed.
 */
import { mulberry32 } from '~/lib/shuffle';

/** Standard normal numbers (mean 0, standard deviation 1) from a 32-bit integer seed. */
export function normal(seed: number): () => number {
  const next = mulberry32(seed);
  return () => {
    const u = 1 - next(); // in (0, 1], so the log is finite
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
  };
}
