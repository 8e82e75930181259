/**
 * The two training workers the harness starts: the island's real trainer and the
 * tfjs-examples-style baseline (../baseline-worker.ts), each created in one place so Vite
 * bundles each once.
 */
import type { BackendName } from '../../../src/islands/runtime/backend/types';

/** A new module worker running module 4's training worker, as the island starts it. */
export const trainerWorker = (): Worker => new Worker(new URL('../../../src/islands/cnn/worker.ts', import.meta.url), { type: 'module', name: 'cnn-trainer' });

/** What the baseline worker trains: `epochs` of batch `batchSize` with the last `validationSplit` held out. */
export interface BaselineJob { backend: BackendName; epochs: number; batchSize: number; validationSplit: number }
/** One epoch's report: seconds, test accuracy (fraction) and memory; see baseline-worker.ts. */
export type BaselineEpoch = { type: 'epoch'; seconds: number; testAccuracy: number } & Record<string, unknown>;
/** The baseline's `done` message (total and training seconds) with every event it posted before. */
export type BaselineResult = { type: 'done'; totalSeconds: number; trainSeconds: number; events: ({ type: 'batch' } | BaselineEpoch)[] };

/** Trains `job` in a new baseline worker; resolves when it is done (the worker is ended then). */
export function trainBaseline(job: BaselineJob): Promise<BaselineResult> {
  const worker = new Worker(new URL('../baseline-worker.ts', import.meta.url), { type: 'module', name: 'baseline' });
  const events: BaselineResult['events'] = [];
  return new Promise<BaselineResult>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ type: string; error?: string }>) => {
      if (e.data.type === 'done') resolve({ ...(e.data as Omit<BaselineResult, 'events'>), events });
      else if (e.data.type === 'error') reject(new Error(e.data.error));
      else events.push(e.data as BaselineResult['events'][number]);
    };
    worker.postMessage(job);
  }).finally(() => worker.terminate());
}
