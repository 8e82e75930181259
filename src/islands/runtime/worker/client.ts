/**
 * The page side of an island's worker protocol (worker/protocol.ts), typed by the island's
 * Request union, Replies map and Event union. `request()` resolves with the reply for that
 * request kind and rejects with an EngineError; events (progress, id-less errors) go to the
 * `onEvent` listeners.
 */
import type { AnyRequest, Envelope, ErrorMessage, RepliesFor, WorkerMessage } from './protocol.ts';

/** A failed request; `recoverable`: the worker still holds its state (e.g. what was learned). */
export class EngineError extends Error {
  constructor(message: string, readonly recoverable: boolean) {
    super(message);
    this.name = 'EngineError';
  }
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
/** What `onEvent` listeners receive: the island's events and errors that answer no request. */
export type ProgressEvent<Ev> = Ev | ErrorMessage;

/** The worker methods the client uses (a real Worker, or a stand-in in tests). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

export class WorkerClient<Req extends AnyRequest, Rep extends RepliesFor<Req>, Ev extends { type: string }> {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly listeners = new Set<(event: ProgressEvent<Ev>) => void>();

  constructor(private readonly worker: WorkerLike) {
    worker.addEventListener('message', (message: MessageEvent<WorkerMessage<Req, Rep, Ev>>) => this.dispatch(message.data));
    worker.addEventListener('error', (error: ErrorEvent) => this.failAll(new EngineError(`The worker crashed: ${error.message || 'unknown error'}`, false)));
    worker.addEventListener('messageerror', () => this.failAll(new EngineError('The worker sent a message that could not be read.', false)));
  }

  /** Sends `request` (moving the `transfer` buffers) and resolves with the worker's reply. */
  request<K extends Req['type']>(request: Extract<Req, { type: K }>, transfer: Transferable[] = []): Promise<Rep[K]> {
    const id = this.nextId++;
    const envelope: Envelope<Req> = { id, request };
    return new Promise<Rep[K]>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage(envelope, transfer);
    });
  }

  /** Adds a listener for events; returns a function that removes it. */
  onEvent(listener: (event: ProgressEvent<Ev>) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Stops the worker for good; pending requests fail so no caller waits forever. */
  terminate(): void {
    this.worker.terminate();
    this.failAll(new EngineError('The worker was stopped.', false));
  }

  private dispatch(event: WorkerMessage<Req, Rep, Ev>): void {
    const message = event as { type: string; id?: number | null };
    if ((message.type === 'reply' || message.type === 'error') && typeof message.id === 'number') {
      const pending = this.pending.get(message.id);
      if (!pending) return;
      this.pending.delete(message.id);
      if (message.type === 'reply') pending.resolve((event as { payload: unknown }).payload);
      else pending.reject(new EngineError((event as ErrorMessage).message, (event as ErrorMessage).recoverable));
      return;
    }
    for (const listener of this.listeners) listener(event as ProgressEvent<Ev>);
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
