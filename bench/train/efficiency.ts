/**
 * Where bench:train's speed stands against the machine: achieved GFLOP/s as a share of the
 * measured wasm-SIMD peak (profile-phase.ts), and browser images/s over native PyTorch
 * images/s on the same CPU (native/anchor.ts). Both use the engine's 5-epoch figures.
 */
import type { NativeAnchor } from './native/anchor.ts';
import { gflops, type ProfileResult } from './profile-phase.ts';

/** Images trained per epoch of the seed recipe: 80% of MNIST's 60,000 (20% validation). */
export const TRAINING_IMAGES = 48_000;

interface EngineSummary { imagesPerSec: number; perEpoch: Record<string, number | null>[] }

/** Achieved GFLOP/s of the engine, during training batches and over whole epochs, against the peak. */
export function efficiency(engine: EngineSummary, measured: ProfileResult) {
  const { flopsPerImage } = measured.profile;
  // Time-weighted: training images over the time from the train request to the last batch
  // event. (The mean of the ~100 ms windows' rates, used before, overstates it: slow windows
  // weigh as little as fast ones.)
  const seconds = engine.perEpoch.map((e) => e.trainingSeconds).filter((v): v is number => typeof v === 'number');
  const trainingImagesPerSec = (TRAINING_IMAGES * seconds.length) / seconds.reduce((a, b) => a + b, 0);
  const training = gflops(trainingImagesPerSec, flopsPerImage);
  return {
    flopsPerImage, peakGflops: measured.peak.peakGflops, peakMethod: measured.method,
    trainingImagesPerSec, trainingGflops: training, shareOfPeak: training / measured.peak.peakGflops,
    epochGflops: gflops(engine.imagesPerSec, flopsPerImage), epochShareOfPeak: gflops(engine.imagesPerSec, flopsPerImage) / measured.peak.peakGflops,
    target: 0.5, definition: 'shareOfPeak: training images/s (48,000 per epoch over the time from the train request to its last batch event, so validation excluded) x training FLOPs per image, over the machine peak',
  };
}

/** Browser images/s over native images/s for each native layout (both: 48,000 images per epoch incl. validation). */
export function nativeRatio(engine: EngineSummary, native: NativeAnchor | null) {
  if (!native) return null;
  return Object.fromEntries(native.runs.map((run) => [run.layout, { nativeImagesPerSec: run.imagesPerSec, nativeTrainImagesPerSec: run.trainImagesPerSec, browserOverNative: engine.imagesPerSec / run.imagesPerSec }]));
}

/** Console lines for the report's efficiency and native sections. */
export function printEfficiency(r: { efficiency?: ReturnType<typeof efficiency>; nativeRatio?: ReturnType<typeof nativeRatio>; native?: { anchor: NativeAnchor | null; reason?: string } }): void {
  const e = r.efficiency;
  if (e) console.log(`efficiency: ${e.trainingGflops.toFixed(1)} GFLOP/s in training batches = ${(e.shareOfPeak * 100).toFixed(0)}% of the ${e.peakGflops.toFixed(1)} GFLOP/s wasm-SIMD peak (target >= 50%); whole epochs ${(e.epochShareOfPeak * 100).toFixed(0)}%`);
  if (r.nativeRatio) for (const [layout, v] of Object.entries(r.nativeRatio)) console.log(`native PyTorch ${layout}: ${v.nativeImagesPerSec.toFixed(0)} images/s per epoch incl. validation (${v.nativeTrainImagesPerSec.toFixed(0)} training only); browser/native ${(v.browserOverNative * 100).toFixed(0)}%`);
  else if (r.native) console.log(`native anchor: not run (${r.native.reason})`);
}
