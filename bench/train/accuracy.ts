/**
 * `npm run bench:train:accuracy`: the seed recipe's final test accuracy as a distribution. One
 * run says little (runs of the same recipe differ by a few tenths of a point), so this trains
 * the island's engine and the tfjs-examples-style baseline side by side, one of each at a time in
 * one worker each (so both see the same machine), for BENCH_ACCURACY_RUNS pairs (default 6) of
 * BENCH_EPOCHS epochs (default 5), on wasm in headless Chromium. Speed is not measured here
 * (two runs share the cores): `npm run bench:train` does that. Writes
 * reports/bench-train-accuracy.json. Env: PORT (8813).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { summariseArm, welchT } from './accuracy-stats.ts';
import type { AccuracyRun, Arm } from './harness/accuracy-run.ts';
import { logger, openHarness, root } from './launch.ts';

/** Issue 17: the default recipe keeps test accuracy >= 98.9% in most runs. */
const TARGET = 0.989;
const port = Number(process.env.PORT ?? 8813);
const pairs = Number(process.env.BENCH_ACCURACY_RUNS ?? 6);
const epochs = Number(process.env.BENCH_EPOCHS ?? 5);
const log = logger('bench:train:accuracy');
const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

async function main(): Promise<void> {
  if (!(Number.isInteger(pairs) && pairs >= 2 && Number.isInteger(epochs) && epochs >= 1)) throw new Error('BENCH_ACCURACY_RUNS must be a whole number >= 2 and BENCH_EPOCHS >= 1.');
  const { browser, page, close } = await openHarness(port, log);
  const runs: AccuracyRun[] = [];
  const started = new Date().toISOString();
  try {
    const device = await page.evaluate(() => (window as any).bench.deviceKey() as Promise<string>);
    for (let i = 1; i <= pairs; i++) {
      const pair = await Promise.all((['engine', 'baseline'] as Arm[]).map((arm) => page.evaluate(([a, e, d]) => (window as any).bench.accuracyRun(a, e, d) as Promise<AccuracyRun>, [arm, epochs, device] as const)));
      runs.push(...pair);
      log(`pair ${i}/${pairs}: ${pair.map((r) => `${r.arm} ${r.testAccuracy.map(pct).join(' ')}`).join(' | ')}`);
    }
  } finally {
    await close();
  }
  const finals = (arm: Arm) => runs.filter((r) => r.arm === arm).map((r) => r.testAccuracy.at(-1)!);
  const engine = summariseArm(finals('engine'), TARGET);
  const baseline = summariseArm(finals('baseline'), TARGET);
  const report = { date: started, chromium: browser.version(), epochs, pairs, recipe: 'seed CNN, batch 64, Adam 0.001, validation split 0.2, wasm, one worker per run', engine, baseline, difference: welchT(engine.finals, baseline.finals), runs };
  mkdirSync(`${root}reports`, { recursive: true });
  writeFileSync(`${root}reports/bench-train-accuracy.json`, JSON.stringify(report, null, 2));
  console.log('\n=== bench:train:accuracy ===');
  for (const [name, s] of [['engine', engine], ['baseline', baseline]] as const) {
    console.log(`${name}: final test accuracy ${s.finals.map(pct).join(', ')}; mean ${pct(s.mean)} (sd ${(s.sd * 100).toFixed(2)} points); ${s.atLeastTarget} of ${s.runs} at >= ${pct(TARGET)}`);
  }
  const d = report.difference;
  if (d) console.log(`engine - baseline: ${(d.difference * 100).toFixed(2)} points, Welch t = ${d.t.toFixed(2)} (df ${d.df.toFixed(1)})`);
  console.log('report: reports/bench-train-accuracy.json');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
