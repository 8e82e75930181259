/** Timing a few real steps: one warm-up (kernel/shader compilation), then enough to be stable. */

const TOO_SLOW_MS = 4000;

/** How long to time: at least `minMs` and 2 steps, at most `maxSteps` steps. */
export interface TimingBudget { minMs: number; maxSteps: number }
const QUICK: TimingBudget = { minMs: 600, maxSteps: 6 };

/** Images per second of `step`, which processes `images` images per call. */
export async function imagesPerSecond(step: () => Promise<void>, images: number, budget: TimingBudget = QUICK): Promise<number> {
  const warmStart = performance.now();
  await step();
  const warmMs = performance.now() - warmStart;
  if (warmMs > TOO_SLOW_MS) return images / (warmMs / 1000); // too slow to bother: the warm-up is the estimate
  const start = performance.now();
  let steps = 0;
  while (steps < 2 || (performance.now() - start < budget.minMs && steps < budget.maxSteps)) {
    await step();
    steps += 1;
  }
  return (steps * images) / ((performance.now() - start) / 1000);
}
