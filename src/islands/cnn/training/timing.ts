/** Timing a few real steps: one warm-up (kernel/shader compilation), then enough to be stable. */

const MIN_TIMED_MS = 600;
const MAX_TIMED_STEPS = 6;
const TOO_SLOW_MS = 4000;

/** Images per second of `step`, which processes `images` images per call. */
export async function imagesPerSecond(step: () => Promise<void>, images: number): Promise<number> {
  const warmStart = performance.now();
  await step();
  const warmMs = performance.now() - warmStart;
  if (warmMs > TOO_SLOW_MS) return images / (warmMs / 1000); // too slow to bother: the warm-up is the estimate
  const start = performance.now();
  let steps = 0;
  while (steps < 2 || (performance.now() - start < MIN_TIMED_MS && steps < MAX_TIMED_STEPS)) {
    await step();
    steps += 1;
  }
  return (steps * images) / ((performance.now() - start) / 1000);
}
