/**
 * The profile and peak phase shared by bench:train and bench:train:profile: runs them in the
 * harness page and turns the step profile into achieved GFLOP/s and a share of the peak.
 */
import type { Page } from '@playwright/test';

export interface ProfileResult {
  profile: { batchSize: number; flopsPerImage: number; before: StepProfile; after: StepProfile; tape: StepProfile };
  peak: { cores: number; oneCoreGflops: number; concurrentGflops: number; matmul1024OneCoreGflops: number | null; peakGflops: number };
  method: string;
}
interface StepProfile { stepMs: number; minStepMs: number; imagesPerSec: number; kernelsMsPerStep: Record<string, number>; minKernelsMsPerStep: Record<string, number> }

export const PEAK_METHOD = 'wasm-SIMD peak = max(cores x one core, all cores at once) of a measured loop of 12 independent f32x4 multiply+add chains in the same Chromium (tfjs-backend-wasm 4.22 is built without relaxed-SIMD FMA, so mul+add is what XNNPACK issues); a 1024^3 XNNPACK matmul on one core is reported for reference.';

/** Profile (interleaved before/after) and then the peak, each in fresh workers of the page. */
export async function runProfile(page: Page, log: (...args: unknown[]) => void, job: { rounds: number; steps: number }): Promise<ProfileResult> {
  log(`profile: ${job.rounds} interleaved rounds of ${job.steps} steps, batch 64, frozen vs current kernels…`);
  const profile = await page.evaluate((j) => (window as any).bench.profile(j), { ...job, batchSize: 64 }) as { result: ProfileResult['profile'] };
  log('peak: wasm-SIMD multiply/add loop…');
  const peak = await page.evaluate(() => (window as any).bench.peak(1500)) as ProfileResult['peak'];
  return { profile: profile.result, peak, method: PEAK_METHOD };
}

/** GFLOP/s of `imagesPerSec` trained images. */
export const gflops = (imagesPerSec: number, flopsPerImage: number) => (imagesPerSec * flopsPerImage) / 1e9;

export function printProfile(r: ProfileResult): void {
  const { before, after, tape, flopsPerImage } = r.profile;
  console.log(`\n=== training step profile (batch ${r.profile.batchSize}, one worker, interleaved; median [minimum] over steps) ===`);
  console.log(`step: ${before.stepMs.toFixed(1)} [${before.minStepMs.toFixed(1)}] ms with issue 4's kernels -> ${after.stepMs.toFixed(1)} [${after.minStepMs.toFixed(1)}] ms with the default 'gemm' ones and no tape (${(before.stepMs / after.stepMs).toFixed(2)}x [${(before.minStepMs / after.minStepMs).toFixed(2)}x]); 'gemm' through the tape ${tape.stepMs.toFixed(1)} [${tape.minStepMs.toFixed(1)}] ms (${(tape.stepMs / after.stepMs).toFixed(2)}x [${(tape.minStepMs / after.minStepMs).toFixed(2)}x] of the direct step)`);
  console.log(`${'kernel (first input shape)'.padEnd(36)} ${'issue 4'.padStart(16)}    ${'gemm, direct'.padStart(16)}    ${'gemm, tape'.padStart(16)}`);
  const worst = (n: string) => Math.max(...[before, after, tape].map((p) => p.kernelsMsPerStep[n] ?? 0));
  const names = [...new Set([before, after, tape].flatMap((p) => Object.keys(p.kernelsMsPerStep)))].sort((a, b) => worst(b) - worst(a)).slice(0, 24);
  const cell = (p: StepProfile, n: string) => `${(p.kernelsMsPerStep[n] ?? 0).toFixed(2).padStart(7)} [${(p.minKernelsMsPerStep[n] ?? 0).toFixed(2).padStart(6)}]`;
  for (const n of names) console.log(`  ${n.padEnd(34)} ${cell(before, n)} ms -> ${cell(after, n)} ms    ${cell(tape, n)} ms`);
  console.log(`training FLOPs per image: ${(flopsPerImage / 1e6).toFixed(2)} M; one worker: ${gflops(before.imagesPerSec, flopsPerImage).toFixed(1)} -> ${gflops(after.imagesPerSec, flopsPerImage).toFixed(1)} GFLOP/s`);
  console.log(`peak: one core ${r.peak.oneCoreGflops.toFixed(1)} GFLOP/s, ${r.peak.cores} cores at once ${r.peak.concurrentGflops.toFixed(1)}, machine peak ${r.peak.peakGflops.toFixed(1)} GFLOP/s; XNNPACK 1024^3 matmul on one core ${r.peak.matmul1024OneCoreGflops?.toFixed(1) ?? 'n/a'}`);
}
