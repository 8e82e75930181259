/**
 * Typed request/reply wrapper around the island's Worker (module 4's CnnClient pattern; the
 * shared runtime's WorkerClient will replace it). Progress events go to `onEvent` listeners.
 */
import type { Envelope, Event, Replies, Request } from './protocol.ts';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
/** Every event that is not a reply to a request. */
export type ProgressEvent = Exclude<Event, { type: 'reply' } | { type: 'error' }>;

export class RegularizationClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: ProgressEvent) => void>();

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (message: MessageEvent<Event>) => this.dispatch(message.data));
    worker.addEventListener('error', (error) => this.failAll(new Error(`The island's worker crashed: ${error.message || 'unknown error'}`)));
  }

  /** Sends a request; resolves with its reply, rejects with the worker's error message. */
  request<K extends Request['type']>(request: Extract<Request, { type: K }>): Promise<Replies[K]> {
    const id = this.nextId++;
    const envelope: Envelope = { id, request };
    return new Promise<Replies[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(envelope);
    });
  }

  /** Adds a progress listener; returns its remover. */
  onEvent(listener: (event: ProgressEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private dispatch(event: Event): void {
    if (event.type === 'reply' || event.type === 'error') {
      const pending = event.id === null ? undefined : this.pending.get(event.id);
      if (!pending) return;
      this.pending.delete(event.id!);
      if (event.type === 'reply') pending.resolve(event.payload);
      else pending.reject(new Error(event.message));
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
