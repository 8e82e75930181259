/**
 * CPU cost of verifying a CNN submission in workerd (issue 11): the whole POST /api/submissions
 * on the course Worker, and the check alone at several sample sizes on a bench-only entry
 * (verify-entry.ts), from the workerd processes' CPU time (cpu.ts), with a health request's CPU
 * as the floor. Uses the API tests' genuine ~93 % fixture model and its own predictions.
 */
import { hc } from 'hono/client';
import type { AppType } from '../../functions/index.ts';
import { fixturePredictions, readCnnFixture } from '../../scripts/mnist/cnn-fixture-cache.ts';
import { cpuPerCall, workerdCpuMs } from './cpu.ts';
import { startWorker, type Worker } from './worker.ts';

export const SAMPLE_SIZES = [16, 64, 128, 256];
const metadata = { epochs: 1, batchSize: 32, trainingSeconds: 60, backend: 'wasm', paramCount: 93_322 } as const;

function submission() {
  const f = readCnnFixture();
  return { predictions: fixturePredictions(f), weights: { shapes: f.shapes, float32: f.float32 }, metadata };
}

async function expectOk(res: Response, what: string): Promise<unknown> {
  if (!res.ok) throw new Error(`${what}: HTTP ${res.status} ${(await res.text()).slice(0, 300)}`);
  return res.json();
}

/** CPU ms of one health request and one whole verified submission on the course Worker. */
export async function submissionCpu(worker: Worker, token: string, count = 8) {
  const api = hc<AppType>(worker.url).api;
  const json = submission();
  const headers = { authorization: `Bearer ${token}` };
  const first = await expectOk(await api.submissions.$post({ json, header: {} }, { headers }) as unknown as Response, 'warm-up submission') as { verification: { sampleSize: number } };
  const healthCpuMs = await cpuPerCall(worker.pgid, 200, async () => { await expectOk(await fetch(`${worker.url}/api/health`), 'health'); });
  const submissionCpuMs = await cpuPerCall(worker.pgid, count, async () => { await expectOk(await api.submissions.$post({ json, header: {} }, { headers }) as unknown as Response, 'submission'); });
  return { sampleSize: first.verification.sampleSize, requests: count, healthCpuMs, submissionCpuMs };
}

/** The check alone at each sample size; the first request also loads and gunzips the test shard. */
export async function verificationGrowth(port: number, reps = 6) {
  const worker = await startWorker({ port, limits: 'lifted', name: 'verify', main: 'bench/api/verify-entry.ts' });
  try {
    const body = JSON.stringify(submission());
    const post = (n: number) => async () => { await expectOk(await fetch(`${worker.url}/api/verify?n=${n}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } }), `verify n=${n}`); };
    const start = workerdCpuMs(worker.pgid);
    await post(1)();
    const firstRequestCpuMs = workerdCpuMs(worker.pgid) - start;
    const bodyOnlyCpuMs = await cpuPerCall(worker.pgid, reps, post(0));
    const growth = [];
    for (const n of SAMPLE_SIZES) growth.push({ sampleSize: n, cpuMs: await cpuPerCall(worker.pgid, reps, post(n)) });
    const last = growth.at(-1)!;
    const perImageCpuMs = Math.round(((last.cpuMs - bodyOnlyCpuMs) / last.sampleSize) * 100) / 100;
    return { reps, firstRequestCpuMs, bodyOnlyCpuMs, growth, perImageCpuMs };
  } finally {
    worker.stop();
  }
}
