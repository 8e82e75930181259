/**
 * The worker side of an island's protocol: one handler per request type, each returning its
 * reply payload (and buffers to transfer) or throwing. Requests are handled as they arrive, not
 * queued, so Stop and Memory get through while a long Train awaits; a throw becomes an `error`
 * for that request id, described by describeFailure.
 */
import { describeFailure } from './failure.ts';
import type { AnyRequest, Envelope, RepliesFor, WorkerMessage } from './protocol.ts';

/** Posts an event (or id-less error) to the page, moving `transfer`. */
export type Emit<Ev> = (event: Ev, transfer?: Transferable[]) => void;
/** A handler's result: the reply payload and the buffers to move rather than copy. */
export interface Handled<P> { payload: P; transfer?: Transferable[] }
/** One async handler per request type, given the request, the worker's state and `emit`. */
export type Handlers<Req extends AnyRequest, Rep extends RepliesFor<Req>, Ev, S> = {
  [K in Req['type']]: (request: Extract<Req, { type: K }>, state: S, emit: Emit<Ev>) => Promise<Handled<Rep[K]>>;
};

/** What serveWorker needs of a worker's global scope (a fake one in tests). */
export interface WorkerScope<Req extends AnyRequest> {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((event: MessageEvent<Envelope<Req>>) => void) | null;
}

/** Answers every request posted to `scope` with its handler; `makeState` runs once, now. */
export function serveWorker<Req extends AnyRequest, Rep extends RepliesFor<Req>, Ev, S>(
  handlers: Handlers<Req, Rep, Ev, S>,
  makeState: () => S,
  scope: WorkerScope<Req> = self as unknown as WorkerScope<Req>,
): S {
  const state = makeState();
  const post = (message: WorkerMessage<Req, Rep, Ev>, transfer: Transferable[] = []) => scope.postMessage(message, transfer);
  const emit: Emit<Ev> = (event, transfer) => post(event, transfer);
  scope.onmessage = (message) => {
    const { id, request } = message.data;
    const type = request?.type as Req['type'] | undefined;
    const handler = type === undefined || !Object.hasOwn(handlers, type) ? undefined : (handlers[type] as (r: Req, s: S, e: Emit<Ev>) => Promise<Handled<unknown>>);
    if (!handler) {
      post({ type: 'error', id, message: `Unknown request ${JSON.stringify(type)}.`, recoverable: true });
      return;
    }
    handler(request, state, emit).then(
      ({ payload, transfer }) => post({ type: 'reply', id, kind: type!, payload } as WorkerMessage<Req, Rep, Ev>, transfer ?? []),
      (error: unknown) => post({ type: 'error', id, ...describeFailure(error, type!) }),
    );
  };
  return state;
}
