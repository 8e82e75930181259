/**
 * Typed request/response wrapper around the CNN training Worker.
 * `request()` resolves with the worker's reply for that request kind and rejects with its
 * error; progress events (data, batch, epoch, id-less errors) go to the `onEvent` listeners.
 */
import type { Envelope, Event, Replies, Request } from './protocol';

export class EngineError extends Error {
  constructor(message: string, readonly recoverable: boolean) {
    super(message);
    this.name = 'EngineError';
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
export type ProgressEvent = Exclude<Event, { type: 'reply' }>;

export class CnnClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: ProgressEvent) => void>();

  constructor(private readonly worker: Worker) {
    worker.addEventListener('message', (message: MessageEvent<Event>) => this.dispatch(message.data));
    worker.addEventListener('error', (error) => this.failAll(new EngineError(`The training worker crashed: ${error.message || 'unknown error'}`, false)));
    worker.addEventListener('messageerror', () => this.failAll(new EngineError('The training worker sent a message that could not be read.', false)));
  }

  request<K extends Request['type']>(request: Extract<Request, { type: K }>, transfer: Transferable[] = []): Promise<Replies[K]> {
    const id = this.nextId++;
    const envelope: Envelope = { id, request };
    return new Promise<Replies[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(envelope, transfer);
    });
  }

  onEvent(listener: (event: ProgressEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the worker for good; pending requests fail so no caller waits forever. */
  terminate(): void {
    this.worker.terminate();
    this.failAll(new EngineError('The training worker was stopped.', false));
  }

  private dispatch(event: Event): void {
    if (event.type === 'reply' || (event.type === 'error' && event.id !== null)) {
      const pending = this.pending.get(event.id as number);
      if (!pending) return;
      this.pending.delete(event.id as number);
      if (event.type === 'reply') pending.resolve(event.payload);
      else pending.reject(new EngineError(event.message, event.recoverable));
      return;
    }
    for (const listener of this.listeners) listener(event);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
