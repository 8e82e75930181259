/**
 * A quick module-4 CNN for islands that build on it when the learner has none saved: module 4's
 * own worker, recipe and Quick preset (12,000 training images, 1 epoch: about 35 s on wasm on a
 * 2-core CPU, ~93% test accuracy; bench:islands "cnn"), saved exactly where and how module 4
 * saves it, so module 4 finds it too.
 */
import type { ProgressEvent } from '../../runtime/worker/client';
import { SEED_RECIPE, type Event, type TrainConfig } from '../protocol';
import { CnnSession } from '../ui/engine-session';
import { saveModel } from '../ui/persistence';

/** The run's settings: the seed recipe on the Quick preset, one epoch. */
export const ON_THE_SPOT_RECIPE: TrainConfig = { ...SEED_RECIPE, epochs: 1, preset: 'quick' };

/** What the quick run ended with: test accuracy (0-1) on the 10,000 test images, and the save's date. */
export interface OnTheSpotResult { testAccuracy: number; savedAt: string }

/**
 * Trains, evaluates and saves a CNN in module 4's worker (page side only: it starts a Worker and
 * writes module 4's localStorage marker). `onEvent` receives the worker's progress events
 * (data-progress, batch, epoch; feed them to the runtime's ProgressView). Aborting `signal` stops
 * the worker and rejects with an AbortError; a failed download or backend rejects with its reason.
 */
export async function trainCnnOnTheSpot({ onEvent, signal }: { onEvent: (event: ProgressEvent<Event>) => void; signal?: AbortSignal }): Promise<OnTheSpotResult> {
  signal?.throwIfAborted();
  let trainingSeconds = 0;
  const session = new CnnSession((event) => {
    if (event.type === 'epoch') trainingSeconds += event.seconds;
    onEvent(event);
  });
  // The worker exists from the start of `ensure` (before a backend is chosen); `current` throws before that.
  const stopWorker = () => { try { session.current.terminate(); } catch { /* not started */ } };
  const abort = stopWorker;
  signal?.addEventListener('abort', abort, { once: true });
  try {
    await session.ensure('auto');
    signal?.throwIfAborted();
    await session.data(ON_THE_SPOT_RECIPE.preset);
    signal?.throwIfAborted();
    const summary = await session.current.request({ type: 'build', config: ON_THE_SPOT_RECIPE });
    await session.current.request({ type: 'train', config: ON_THE_SPOT_RECIPE });
    signal?.throwIfAborted();
    const { accuracy } = await session.current.request({ type: 'evaluate' });
    const record = { epochs: ON_THE_SPOT_RECIPE.epochs, batchSize: ON_THE_SPOT_RECIPE.batchSize, trainingSeconds, backend: session.backendName, paramCount: summary.totalParams };
    const savedAt = await saveModel(session.current, record, accuracy);
    return { testAccuracy: accuracy, savedAt };
  } catch (error) {
    signal?.throwIfAborted();
    throw error;
  } finally {
    signal?.removeEventListener('abort', abort);
    stopWorker();
  }
}
