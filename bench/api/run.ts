/**
 * API load bench (not a timed test): autocannon against a local `wrangler dev` Worker with a
 * bench-only copy of wrangler.toml whose rate limits are lifted (from one IP the deployed
 * 20/min grading limit would answer 429 to nearly everything and the bench would measure the
 * limiter). Phases: health, grading, leaderboard reads, health again; grading throughput is
 * reported as a ratio of the mean health throughput. Afterwards the stored attempts are
 * counted through the API and must equal the distinct keys that got a 2xx (nothing lost,
 * nothing doubled). Then the CPU time of verifying a CNN submission in workerd (verification.ts):
 * the whole route, and the check alone at 16/64/128/256 sampled images. Report: reports/bench-api.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { answerBodies, grading, health, leaderboards } from './phases.ts';
import { countStoredAttempts, createLearners } from './learners.ts';
import { submissionCpu, verificationGrowth } from './verification.ts';
import { startWorker } from './worker.ts';

const AMOUNT = { health: Number(process.env.BENCH_HEALTH ?? 3000), grading: Number(process.env.BENCH_GRADING ?? 1000), boards: Number(process.env.BENCH_BOARDS ?? 1000) };
const LEARNERS = 40;

const PORT = Number(process.env.BENCH_API_PORT ?? 8834);
const worker = await startWorker({ port: PORT, limits: 'lifted', name: 'api' });
const failures: string[] = [];
let report: Record<string, unknown> = {};
try {
  const tokens = await createLearners(worker.url, LEARNERS);
  const before = await health(worker.url, AMOUNT.health);
  const graded = await grading(worker.url, AMOUNT.grading, tokens, Date.now().toString(36), await answerBodies(worker.url));
  const boards = await leaderboards(worker.url, AMOUNT.boards, tokens);
  const after = await health(worker.url, AMOUNT.health);
  const stored = await countStoredAttempts(worker.url, tokens);
  const submissionCost = await submissionCpu(worker, tokens[0]!);

  const healthRps = (before.reqPerSec + after.reqPerSec) / 2;
  const firstWrites = graded.tally.okKeys.size;
  const nonReplayed2xx = graded.result.ok2xx - graded.tally.replayed;
  if (stored !== firstWrites) failures.push(`stored attempts ${stored} != distinct keys answered 2xx ${firstWrites}`);
  if (stored !== nonReplayed2xx) failures.push(`stored attempts ${stored} != 2xx responses not marked as replays ${nonReplayed2xx}`);
  for (const p of [before, graded.result, boards, after]) if (p.errors || p.timeouts) failures.push(`${p.name}: ${p.errors} errors, ${p.timeouts} timeouts`);

  report = {
    generatedAt: new Date().toISOString(),
    setup: { connections: Number(process.env.BENCH_CONNECTIONS ?? 10), learners: LEARNERS, amounts: AMOUNT, rateLimits: 'lifted (bench-only wrangler config); deployed limits are 20 gradings/min per IP and per learner', keysSentTwice: true, host: 'local wrangler dev (workerd + local D1/SQLite), shared 2-core machine' },
    phases: [before, graded.result, boards, after],
    ratios: { gradingVsHealth: Math.round((graded.result.reqPerSec / healthRps) * 1000) / 1000, leaderboardsVsHealth: Math.round((boards.reqPerSec / healthRps) * 1000) / 1000 },
    integrity: { responses2xx: graded.result.ok2xx, replayed: graded.tally.replayed, distinctKeys2xx: firstWrites, storedAttempts: stored, statuses: graded.tally.statuses },
    verification: { route: submissionCost },
    failures,
    pass: failures.length === 0,
  };
  for (const p of report.phases as (typeof before)[]) {
    console.log(`${p.name.padEnd(46)} ${String(p.reqPerSec).padStart(8)} req/s  p50 ${p.latencyMs.p50} ms  p99 ${p.latencyMs.p99} ms  (${p.ok2xx} 2xx, ${p.non2xx} non-2xx)`);
  }
  console.log('ratios', report.ratios, 'integrity', report.integrity);
} finally {
  worker.stop();
}
if (report.verification) {
  // Same port once the course Worker is gone (the bench owns one port and its inspector port).
  await new Promise((r) => setTimeout(r, 2000));
  const growth = await verificationGrowth(PORT);
  const route = (report.verification as { route: { submissionCpuMs: number } }).route;
  report.verification = {
    ...report.verification,
    checkAlone: growth,
    // Workers Free allows 10 ms CPU per request, Paid 30 s by default (configurable up to 5 min).
    plan: route.submissionCpuMs <= 10 ? 'fits the Free plan (10 ms CPU)' : `needs Workers Paid: ~${Math.round(route.submissionCpuMs)} ms CPU per submission is over the Free plan's 10 ms and far under Paid's 30 s default`,
    host: 'local workerd on a shared 2-core machine; CPU time from /proc, so waiting for other processes is not counted',
  };
  console.log('verification CPU', JSON.stringify(report.verification));
}
const out = resolve(import.meta.dirname, '../../reports/bench-api.json');
mkdirSync(resolve(out, '..'), { recursive: true });
writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(failures.length ? `FAIL\n${failures.join('\n')}` : `Stored attempts match successful responses. Report: ${out}`);
process.exitCode = failures.length ? 1 : 0;
