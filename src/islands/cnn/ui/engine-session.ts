/**
 * Module 4's session with its training worker (the runtime's EngineSession, remembering the
 * backend and worker choice in localStorage), plus drawing predictions coalesced: at most one
 * in flight, the latest drawing wins.
 */
import { EngineSession } from '../../runtime/worker/session';
import { browserStore, SetupMemory } from '../../runtime/worker/setup-memory';
import type { ProgressEvent } from '../../runtime/worker/client';
import type { Event, Replies, Request } from '../protocol';

export class CnnSession extends EngineSession<Request, Replies, Event> {
  private predicting = false;
  private queued: Float32Array | null = null;

  constructor(onEvent: (event: ProgressEvent<Event>) => void) {
    super(() => new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'cnn-trainer' }), onEvent, new SetupMemory(browserStore(), 'cnn-trainer'));
  }

  /** Probabilities for `pixels` (784 floats in [0, 1]); a drawing sent while one is in flight replaces any queued one. */
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
