/**
 * The module's corruption: `np.clip(x + std * rng.normal(size=x.shape), 0, 1)`, additive Gaussian
 * noise on every pixel, clipped back to the [0, 1] pixel range. Seeded (mulberry32 + Box-Muller via
 * the time-series lab's `normal`), so the same seed gives the same noisy digits everywhere; not
 * numpy's generator, so the exact draws differ from the module's.
 */
import { normal } from '~/lib/normal';

/** Highest noise the lab offers (standard deviation, in pixel units of the [0, 1] range). */
export const MAX_NOISE_STD = 0.5;
/** The module trains and validates its denoiser with this standard deviation. */
export const MODULE_NOISE_STD = 0.4;

/** A noisy copy of `pixels` (values in [0, 1]); `std` 0 returns an unchanged copy. Throws for a std outside [0, 0.5]. */
export function addGaussianNoise(pixels: ArrayLike<number>, std: number, seed: number): Float32Array {
  if (!(std >= 0 && std <= MAX_NOISE_STD)) throw new RangeError(`Noise standard deviation must be from 0 to ${MAX_NOISE_STD}, got ${std}.`);
  const out = Float32Array.from(pixels);
  if (std === 0) return out;
  const draw = normal(seed >>> 0);
  for (let i = 0; i < out.length; i++) out[i] = Math.min(1, Math.max(0, out[i]! + std * draw()));
  return out;
}
