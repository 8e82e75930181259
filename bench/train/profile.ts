/**
 * `npm run bench:train:profile`: the per-kernel profile of one training step of the seed model
 * on wasm with issue 4's (frozen) and the current conv-gradient kernels, interleaved in one
 * Worker, and the wasm-SIMD peak estimate; written to reports/bench-train-profile.json. Quick
 * (about a minute) and fair on a busy machine, since both kernel sets share every disturbance.
 * Env: PROFILE_ROUNDS (default 6), PROFILE_STEPS per round (default 5), PORT (8812).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { logger, openHarness, root } from './launch.ts';
import { printProfile, runProfile } from './profile-phase.ts';

const log = logger('bench:train:profile');

async function main(): Promise<void> {
  const harness = await openHarness(Number(process.env.PORT ?? 8812), log);
  try {
    const result = await runProfile(harness.page, log, { rounds: Number(process.env.PROFILE_ROUNDS ?? 6), steps: Number(process.env.PROFILE_STEPS ?? 5) });
    mkdirSync(`${root}reports`, { recursive: true });
    writeFileSync(`${root}reports/bench-train-profile.json`, JSON.stringify({ date: new Date().toISOString(), chromium: harness.browser.version(), ...result }, null, 2));
    printProfile(result);
  } finally {
    await harness.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
