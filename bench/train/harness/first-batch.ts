/**
 * Start to first batch, as module 4's Start button does it: the island's own EngineSession
 * (worker start, backend and worker choice, MNIST from the Cache API, build, train) until the
 * first `batch` event, then Stop. Seconds per phase; `backend`/`workers` as chosen (with the
 * worker choice's note) and whether that choice came from memory.
 */
import type { Event, Replies, Request, TrainConfig } from '../../../src/islands/cnn/protocol';
import type { ProgressEvent } from '../../../src/islands/runtime/worker/client';
import { EngineSession } from '../../../src/islands/runtime/worker/session';
import { browserStore, SetupMemory } from '../../../src/islands/runtime/worker/setup-memory';
import { trainerWorker } from './workers';

const recipe: TrainConfig = { epochs: 1, batchSize: 64, learningRate: 0.001, dropout: 0, validationSplit: 0.2, preset: 'full' };

export interface FirstBatch { seconds: number; phases: { init: number; data: number; build: number; firstBatch: number }; backend: string; workers: number; parallelNote: string; fromMemory: boolean; reason: string }

/**
 * One Start on a fresh worker with the 'auto' backend and the island's localStorage memory of it
 * (`forget` clears that first, as on a first visit); resolves after Stop has been acknowledged.
 * With a remembered choice the data starts loading during `init`, so `data` is what remains.
 */
export async function startToFirstBatch(forget: boolean): Promise<FirstBatch> {
  if (forget) localStorage.removeItem('tfjs-setup:cnn-trainer');
  let firstBatch: () => void = () => {};
  const batched = new Promise<void>((resolve) => { firstBatch = resolve; });
  const onEvent = (e: ProgressEvent<Event>) => { if (e.type === 'batch') firstBatch(); };
  const session = new EngineSession<Request, Replies, Event>(trainerWorker, onEvent, new SetupMemory(browserStore(), 'cnn-trainer'));
  const t0 = performance.now();
  try {
    const init = (await session.ensure('auto', recipe.preset))!;
    const t1 = performance.now();
    await session.data(recipe.preset);
    const t2 = performance.now();
    await session.current.request({ type: 'build', config: recipe });
    const t3 = performance.now();
    const run = session.current.request({ type: 'train', config: recipe });
    await batched;
    const t4 = performance.now();
    await session.current.request({ type: 'stop' });
    await run;
    const s = (from: number, to: number) => (to - from) / 1000;
    return { seconds: s(t0, t4), phases: { init: s(t0, t1), data: s(t1, t2), build: s(t2, t3), firstBatch: s(t3, t4) }, backend: init.backend, workers: init.workers, parallelNote: init.parallelNote, fromMemory: init.fromMemory, reason: init.reason };
  } finally {
    session.current.terminate();
  }
}
