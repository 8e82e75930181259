/**
 * One MNIST training worker and what it already holds: the backend it was started with and the
 * data preset it loaded. Starting with another backend replaces the worker; the same data is not
 * downloaded twice. The island passes how to start its worker, because the bundler only finds a
 * worker script written as `new Worker(new URL('./worker.ts', import.meta.url), ...)` in its own code.
 * With a SetupMemory, 'auto' reuses the choice timed on an earlier visit (Start skips the timing)
 * and `recheck()` times it again in a throwaway worker, replacing a stored choice that is wrong.
 */
import type { BackendName, BackendPreference } from '../backend/types.ts';
import type { DataPreset } from '../mnist/loader.ts';
import type { BaseTrainConfig, TrainingReplies, TrainingRequest } from '../training/engine/protocol.ts';
import { WorkerClient, type ProgressEvent } from './client.ts';
import type { AnyRequest, RepliesFor } from './protocol.ts';
import type { SetupMemory } from './setup-memory.ts';

/** Req must include the base TrainingRequest members (the worker serves trainingHandlers()). */
export class EngineSession<Req extends AnyRequest, Rep extends TrainingReplies & RepliesFor<Req>, Ev extends { type: string }> {
  private client: WorkerClient<Req, Rep, Ev> | null = null;
  private backendPreference: BackendPreference | null = null;
  private dataPromise: Promise<TrainingReplies['load-data']> | null = null;
  private dataPreset: DataPreset | null = null;
  /** The `init` reply of the running worker. */
  backend: TrainingReplies['init'] | null = null;

  /** Set by an `init` answered from memory: the choice is timed again by `recheck()`. */
  private recheckDue = false;
  private rechecking: WorkerClient<Req, Rep, Ev> | null = null;

  /** `startWorker` creates the island's training worker; `onEvent` receives its events; `memory` keeps 'auto' choices. */
  constructor(private readonly startWorker: () => Worker, private readonly onEvent: (event: ProgressEvent<Ev>) => void, private readonly memory: SetupMemory | null = null) {}

  /** The running worker's backend; throws before the first `ensure`. */
  get backendName(): BackendName {
    if (!this.backend) throw new Error('No backend has been chosen yet.');
    return this.backend.backend;
  }

  /** The running worker's client, for the island's own requests; throws before the first `ensure`. */
  get current(): WorkerClient<Req, Rep, Ev> {
    if (!this.client) throw new Error('The training worker is not running yet.');
    return this.client;
  }

  /** The base requests, typed without the island's own (they are part of every island's Req). */
  private get base(): WorkerClient<TrainingRequest<BaseTrainConfig>, TrainingReplies, Ev> {
    return this.current as unknown as WorkerClient<TrainingRequest<BaseTrainConfig>, TrainingReplies, Ev>;
  }

  /**
   * Returns the `init` reply when a new worker was started, null when the running one fits.
   * With `preset`, a Start that sends a remembered choice also starts loading that data at once
   * (nothing is timed then, so the two do not disturb each other); `data(preset)` returns it.
   */
  async ensure(preference: BackendPreference, preset?: DataPreset): Promise<TrainingReplies['init'] | null> {
    if (this.client && this.backendPreference === preference) return null;
    this.client?.terminate();
    this.rechecking?.terminate(); // a Start goes first: timing now would slow it down
    this.dataPromise = null;
    this.dataPreset = null;
    this.client = new WorkerClient<Req, Rep, Ev>(this.startWorker());
    this.client.onEvent(this.onEvent);
    this.backendPreference = preference;
    try {
      const remembered = preference === 'auto' ? this.memory?.recall() : null;
      const init = this.base.request({ type: 'init', backend: preference, ...(remembered ? { remembered } : {}) });
      if (remembered && preset !== undefined) void this.data(preset);
      this.backend = await init;
      this.recheckDue = this.backend.fromMemory;
      if (preference === 'auto' && !this.backend.fromMemory) this.memory?.remember(this.backend);
    } catch (error) {
      this.client.terminate();
      this.client = null;
      throw error;
    }
    return this.backend;
  }

  /** True when `ensure(preference)` would start a worker from a remembered choice (no timing), as far as the page can tell. */
  remembersChoice(preference: BackendPreference): boolean {
    return preference === 'auto' && !!this.memory?.recall();
  }

  /**
   * After a Start that used a remembered choice (call it when the device is idle): times the
   * backends and workers in a throwaway worker and stores the result. 'corrected' when it differs
   * from the running choice (the next Start uses the new one), 'confirmed', or null when nothing
   * was due or the timing was cut short by another Start.
   */
  async recheck(): Promise<'confirmed' | 'corrected' | null> {
    if (!this.recheckDue || !this.memory || !this.backend) return null;
    this.recheckDue = false;
    const client = (this.rechecking = new WorkerClient<Req, Rep, Ev>(this.startWorker()));
    const base = client as unknown as WorkerClient<TrainingRequest<BaseTrainConfig>, TrainingReplies, Ev>;
    try {
      const timed = await base.request({ type: 'init', backend: 'auto' });
      this.memory.remember(timed);
      return timed.backend === this.backend.backend && timed.workers === this.backend.workers ? 'confirmed' : 'corrected';
    } catch {
      return null;
    } finally {
      client.terminate();
      if (this.rechecking === client) this.rechecking = null;
    }
  }

  /** Loads the preset once; a failed download is retried on the next call. */
  data(preset: DataPreset): Promise<TrainingReplies['load-data']> {
    if (this.dataPromise && this.dataPreset === preset) return this.dataPromise;
    this.dataPreset = preset;
    this.dataPromise = this.base.request({ type: 'load-data', preset });
    this.dataPromise.catch(() => { this.dataPromise = null; });
    return this.dataPromise;
  }

  /** True once a `data` load was started (and did not fail) in this worker. */
  get hasData(): boolean {
    return this.dataPromise !== null;
  }
}
