/**
 * The CNN island's Worker script, in one of two roles chosen by the worker's name:
 *  - the training worker: TensorFlow.js runs here so the page never blocks. Requests are handled
 *    as they arrive (Stop and Memory must get through while training awaits); failures become
 *    `error` events that say whether what was learned is kept.
 *  - a gradient helper (training/parallel/): started by the training worker from this same
 *    script, so it costs no second download of TensorFlow.js.
 */
import './engine/setup.ts';
import { handlers, type Emit } from './engine/handlers.ts';
import { EngineState } from './engine/state.ts';
import type { Envelope, Event, Request } from './protocol';
import { serveHelper } from './training/parallel/helper.ts';
import { HELPER_WORKER_NAME } from './training/parallel/messages.ts';
import { workerPort } from './training/parallel/port.ts';

/** Out-of-memory and lost GPU contexts get a plain explanation; the weights stay in the worker. */
export function describeFailure(error: unknown, request: Request['type']): { message: string; recoverable: boolean } {
  const text = error instanceof Error ? error.message : String(error);
  if (/out of memory|OOM|allocat|Aborted\(|memory access out of bounds/i.test(text)) {
    return { message: `The browser ran out of memory during ${request}. Try a smaller batch size or close other tabs.`, recoverable: true };
  }
  if (/context.*lost|CONTEXT_LOST|device.*lost/i.test(text)) {
    return { message: `The GPU context was lost during ${request} (the tab was hidden or the GPU reset). Choose the wasm backend or reload to continue.`, recoverable: true };
  }
  return { message: text, recoverable: request !== 'init' };
}

function serveTrainer(): void {
  const scope = self as unknown as { postMessage(message: Event, transfer: Transferable[]): void; onmessage: ((e: MessageEvent<Envelope>) => void) | null };
  const state = new EngineState(() => workerPort(import.meta.url));
  const emit: Emit = (event, transfer = []) => scope.postMessage(event, transfer);
  scope.onmessage = (message) => {
    const { id, request } = message.data;
    const handler = handlers[request?.type] as ((r: Request, s: EngineState, e: Emit) => Promise<{ payload: unknown; transfer?: Transferable[] }>) | undefined;
    if (!handler) {
      emit({ type: 'error', id, message: `Unknown request ${JSON.stringify(request?.type)}.`, recoverable: true });
      return;
    }
    handler(request, state, emit).then(
      ({ payload, transfer }) => emit({ type: 'reply', id, kind: request.type, payload } as Event, transfer ?? []),
      (error: unknown) => emit({ type: 'error', id, ...describeFailure(error, request.type) }),
    );
  };
}

if ((self as unknown as { name?: string }).name === HELPER_WORKER_NAME) serveHelper(self as unknown as Parameters<typeof serveHelper>[0]);
else serveTrainer();
