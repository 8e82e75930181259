/**
 * Bench harness page: starts the island's real training worker (and the baseline worker) and
 * exposes a tiny promise API on `window.bench` for Playwright. Events are recorded with times.
 */
import { CnnClient, type ProgressEvent } from '../../../src/islands/cnn/client';
import type { BackendPreference } from '../../../src/islands/cnn/protocol';

type Logged = ProgressEvent & { at: number };

function engine(backend: BackendPreference, measureAll = false) {
  const worker = new Worker(new URL('../../../src/islands/cnn/worker.ts', import.meta.url), { type: 'module', name: 'cnn-trainer' });
  const client = new CnnClient(worker);
  const events: Logged[] = [];
  client.onEvent((e) => events.push({ ...e, at: performance.now() }));
  return { client, events, init: () => client.request({ type: 'init', backend, measureAll }) };
}

function baseline() {
  const worker = new Worker(new URL('../baseline-worker.ts', import.meta.url), { type: 'module', name: 'baseline' });
  return (message: unknown) => new Promise<unknown>((resolve, reject) => {
    const events: unknown[] = [];
    worker.onmessage = (e: MessageEvent<{ type: string; error?: string }>) => {
      if (e.data.type === 'done') resolve({ ...e.data, events });
      else if (e.data.type === 'error') reject(new Error(e.data.error));
      else events.push(e.data);
    };
    worker.postMessage(message);
  });
}

/** Peak memory of the page and its workers (needs cross-origin isolation). */
async function sampleMemory(): Promise<number | null> {
  const measure = (performance as Performance & { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> }).measureUserAgentSpecificMemory;
  if (!measure || !crossOriginIsolated) return null;
  return (await measure.call(performance)).bytes;
}

Object.assign(window, { bench: { engine, baseline, sampleMemory, isolated: crossOriginIsolated } });
document.getElementById('status')!.textContent = 'ready';
