/**
 * One training worker and what it already holds: the backend it was started with and the data
 * preset it loaded. Starting with another backend replaces the worker; the same data is not
 * downloaded twice. Drawing predictions are coalesced: at most one in flight, latest wins.
 */
import { CnnClient, type ProgressEvent } from '../client';
import type { BackendName, BackendPreference, DataPreset, Replies } from '../protocol';

export class EngineSession {
  private client: CnnClient | null = null;
  private backendPreference: BackendPreference | null = null;
  private dataPromise: Promise<Replies['load-data']> | null = null;
  private dataPreset: DataPreset | null = null;
  private predicting = false;
  private queued: Float32Array | null = null;
  backend: Replies['init'] | null = null;

  constructor(private readonly onEvent: (event: ProgressEvent) => void) {}

  get backendName(): BackendName {
    if (!this.backend) throw new Error('No backend has been chosen yet.');
    return this.backend.backend;
  }

  get current(): CnnClient {
    if (!this.client) throw new Error('The training worker is not running yet.');
    return this.client;
  }

  /** Returns the `init` reply when a new worker was started, null when the running one fits. */
  async ensure(preference: BackendPreference): Promise<Replies['init'] | null> {
    if (this.client && this.backendPreference === preference) return null;
    this.client?.terminate();
    this.dataPromise = null;
    this.dataPreset = null;
    const worker = new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'cnn-trainer' });
    this.client = new CnnClient(worker);
    this.client.onEvent(this.onEvent);
    this.backendPreference = preference;
    try {
      this.backend = await this.client.request({ type: 'init', backend: preference });
    } catch (error) {
      this.client.terminate();
      this.client = null;
      throw error;
    }
    return this.backend;
  }

  /** Loads the preset once; a failed download is retried on the next call. */
  data(preset: DataPreset): Promise<Replies['load-data']> {
    if (this.dataPromise && this.dataPreset === preset) return this.dataPromise;
    this.dataPreset = preset;
    this.dataPromise = this.current.request({ type: 'load-data', preset });
    this.dataPromise.catch(() => { this.dataPromise = null; });
    return this.dataPromise;
  }

  get hasData(): boolean {
    return this.dataPromise !== null;
  }

  predict(pixels: Float32Array, onResult: (probabilities: number[]) => void, onError: (error: Error) => void): void {
    if (this.predicting) {
      this.queued = pixels;
      return;
    }
    this.predicting = true;
    this.current.request({ type: 'predict', pixels }).then((r) => onResult(r.probabilities), onError).finally(() => {
      this.predicting = false;
      const next = this.queued;
      this.queued = null;
      if (next) this.predict(next, onResult, onError);
    });
  }
}
