/**
 * `npm run bench:scale` (not a timed test): for 10k, 100k and 1M learners, seed a local D1
 * (same migrations; standings built by migration 0004's backfill), serve each with the same
 * Worker under wrangler dev, all at once, and measure every API route, the sizes taking turns
 * request by request: rows read and written, statements and round
 * trips per request (D1 meta, via the bench-only D1_USAGE = "report"), p50/p99 latency. Also
 * measures bytes per learner who finishes the course. Writes reports/bench-scale.json with
 * the largest/smallest size ratio per route.
 * Env: BENCH_SIZES (default 10000,100000,1000000), BENCH_READS (100), BENCH_WRITES (50),
 * BENCH_API_PORT (8872), BENCH_ROOT (another checkout, e.g. the code before) with BENCH_LABEL.
 */
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { loadQuizzes } from './quizzes.ts';
import { measureRoutes } from './routes.ts';
import type { RouteStats } from './measure.ts';
import { seed } from './seed.ts';
import { bytesPerFinisher } from './storage.ts';
import { freshState, startWorker } from './worker.ts';

const HERE = resolve(import.meta.dirname, '../..');
const ROOT = resolve(process.env.BENCH_ROOT ?? HERE);
const LABEL = process.env.BENCH_LABEL ?? 'after';
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000,1000000').split(',').map(Number);
const PORT = Number(process.env.BENCH_API_PORT ?? 8872);
const N = { reads: Number(process.env.BENCH_READS ?? 100), writes: Number(process.env.BENCH_WRITES ?? 50) };

const quizzes = await loadQuizzes(ROOT);
// Storage first: it is quick, and a failure there should not cost the long seeded runs.
const storage = await bytesPerFinisher(ROOT, PORT, quizzes, Number(process.env.BENCH_FINISHERS ?? 5), LABEL);
console.log('storage', storage);
// Every size is seeded first, then all are served at once and measured request by request in
// turn (measure.ts), so the machine's load at any moment weighs on every size alike.
const states = SIZES.map((n) => {
  const dir = join(tmpdir(), `tfk-scale-${LABEL}-${n}`);
  const s = freshState(ROOT, dir);
  const seeded = seed(s.sqlite, ROOT, n);
  console.log(`${LABEL} ${n} learners: seeded ${seeded.attempts} attempts, ${seeded.submissions} submissions in ${seeded.seconds} s`);
  return { n, dir, s, seeded, dbBytes: statSync(s.sqlite).size };
});
const workers: Awaited<ReturnType<typeof startWorker>>[] = [];
let measured: Record<string, RouteStats>[];
try {
  // Ports two apart: each wrangler dev also takes port + 1 for its inspector.
  for (const [k, st] of states.entries()) workers.push(await startWorker(st.s, PORT + 2 * k));
  measured = await measureRoutes(workers.map((w, k) => ({ url: w.url, tag: String(states[k]!.n) })), quizzes, N);
} finally {
  for (const w of workers) await w.stop();
  if (!process.env.BENCH_KEEP) for (const st of states) rmSync(st.dir, { recursive: true, force: true });
}
const sizes = states.map((st, k) => ({ learners: st.n, seeded: st.seeded, dbBytes: st.dbBytes, routes: measured[k]! }));
for (const size of sizes) {
  console.log(`${size.learners} learners:`);
  for (const [route, r] of Object.entries(size.routes)) {
    console.log(`  ${route.padEnd(62)} p50 ${String(r.latencyMs.p50).padStart(7)} ms  p99 ${String(r.latencyMs.p99).padStart(7)} ms  rows read ${String(r.rowsRead.p50).padStart(7)}  written ${String(r.rowsWritten.max).padStart(4)}  stmts ${r.statements.p50}  trips ${r.roundTrips.max}  d1 ${r.d1Ms.mean} ms  ${JSON.stringify(r.statuses)}`);
  }
}
const [small, large] = [sizes[0]!, sizes.at(-1)!];
const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? 1 : null) : Math.round((a / b) * 100) / 100);
const failures: string[] = [];
const ratios = Object.fromEntries(Object.keys(small.routes).map((route) => {
  const a = large.routes[route]!, b = small.routes[route]!;
  const r = { latencyP50: ratio(a.latencyMs.p50, b.latencyMs.p50), latencyP99: ratio(a.latencyMs.p99, b.latencyMs.p99), rowsRead: ratio(a.rowsRead.max, b.rowsRead.max), rowsWritten: ratio(a.rowsWritten.max, b.rowsWritten.max), d1Ms: ratio(a.d1Ms.mean, b.d1Ms.mean) };
  if (route.startsWith('GET') && (r.latencyP50 ?? 99) > 2) failures.push(`${route}: p50 latency grew ${r.latencyP50}x`);
  if ((r.rowsRead ?? 99) > 1.5) failures.push(`${route}: rows read grew ${r.rowsRead}x`);
  if ((r.rowsWritten ?? 99) > 1.5) failures.push(`${route}: rows written grew ${r.rowsWritten}x`);
  return [route, r];
}));
const report = {
  generatedAt: new Date().toISOString(),
  label: LABEL,
  code: ROOT === HERE ? 'this checkout' : ROOT,
  setup: { sizes: SIZES, samples: N, host: 'local wrangler dev (workerd + local D1/SQLite), one Worker per size served at once, requests interleaved across sizes, one at a time; shared 2-core machine', rateLimits: 'lifted (bench-only config)' },
  sizes,
  ratioLargestToSmallest: { of: `${large.learners} / ${small.learners} learners`, routes: ratios },
  storage,
  targets: 'GET routes: p50 latency ratio <= 2; every route: rows read and rows written ratio <= 1.5',
  failures,
  pass: failures.length === 0,
};
const out = resolve(HERE, 'reports', LABEL === 'after' ? 'bench-scale.json' : `bench-scale-${LABEL}.json`);
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(failures.length ? `Targets missed:\n${failures.join('\n')}` : 'All routes flat.', `Report: ${out}`);
process.exitCode = failures.length ? 1 : 0;
