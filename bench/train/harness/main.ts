/**
 * Bench harness page: starts the island's real training worker (and the baseline worker) and
 * exposes a tiny promise API on `window.bench` for Playwright. Events are recorded with times.
 */
import type { Event, Replies, Request } from '../../../src/islands/cnn/protocol';
import type { BackendPreference } from '../../../src/islands/runtime/backend/types';
import { WorkerClient, type ProgressEvent } from '../../../src/islands/runtime/worker/client';
import { accuracyRun, deviceKey } from './accuracy-run';
import { startToFirstBatch } from './first-batch';
import { trainBaseline, trainerWorker } from './workers';

type Logged = ProgressEvent<Event> & { at: number };

function engine(backend: BackendPreference, measureAll = false) {
  const client = new WorkerClient<Request, Replies, Event>(trainerWorker());
  const events: Logged[] = [];
  client.onEvent((e) => events.push({ ...e, at: performance.now() }));
  return { client, events, init: () => client.request({ type: 'init', backend, measureAll }) };
}

/** The baseline loop (workers.ts), behind a factory as bench:train calls it. */
const baseline = () => trainBaseline;

/** Posts `message` to a new worker and resolves with its `done` reply's payload; the worker ends then. */
function once<T>(worker: Worker, message: unknown): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ type: string; error?: string }>) => {
      if (e.data.type !== 'done' && e.data.type !== 'error') return;
      worker.terminate();
      if (e.data.type === 'done') resolve(e.data as T);
      else reject(new Error(e.data.error));
    };
    worker.postMessage(message);
  });
}

/** Per-kernel profile of a training step, frozen (issue 4) against current gradient kernels. */
const profile = (job: unknown) => once(new Worker(new URL('./profile-worker.ts', import.meta.url), { type: 'module', name: 'profile' }), job);

type PeakReply = { simdGflops: number; matmulGflops: number | null };
const peakWorker = () => new Worker(new URL('./peak-worker.ts', import.meta.url), { type: 'module', name: 'peak' });

/**
 * The wasm-SIMD peak: one core alone (plus a large XNNPACK matmul for reference), then every
 * core at once. The machine's peak is the larger of cores x one core and the concurrent sum.
 */
async function peak(ms: number) {
  const cores = navigator.hardwareConcurrency;
  const single = await once<PeakReply>(peakWorker(), { ms, matmul: true });
  const all = await Promise.all(Array.from({ length: cores }, () => once<PeakReply>(peakWorker(), { ms, matmul: false })));
  const concurrent = all.reduce((sum, r) => sum + r.simdGflops, 0);
  return { cores, oneCoreGflops: single.simdGflops, concurrentGflops: concurrent, matmul1024OneCoreGflops: single.matmulGflops, peakGflops: Math.max(cores * single.simdGflops, concurrent) };
}

/** Peak memory of the page and its workers (needs cross-origin isolation). */
async function sampleMemory(): Promise<number | null> {
  const measure = (performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }).measureUserAgentSpecificMemory;
  if (!measure || !crossOriginIsolated) return null;
  return (await measure.call(performance)).bytes;
}

Object.assign(window, { bench: { engine, startToFirstBatch, accuracyRun, deviceKey, baseline, profile, peak, sampleMemory, isolated: crossOriginIsolated } });
document.getElementById('status')!.textContent = 'ready';
