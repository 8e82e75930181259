/**
 * The module 5 island's Web Worker: TensorFlow.js runs here so the page stays responsive.
 * Requests are handled as they arrive (Stop must get through while a run awaits).
 */
import '~/islands/cnn/engine/setup.ts';
import { handlers, type EngineState } from './engine/handlers.ts';
import type { Envelope, Event, Request } from './protocol.ts';

const scope = self as unknown as { postMessage(message: Event, transfer?: Transferable[]): void; onmessage: ((e: MessageEvent<Envelope>) => void) | null };
const state: EngineState = { data: null, running: false, stopRequested: false };
const emit = (event: Event) => scope.postMessage(event);

/** Out-of-memory failures get a plain explanation (the shared runtime will own this wording). */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return /out of memory|OOM|allocat|memory access out of bounds/i.test(text) ? 'The browser ran out of memory. Use fewer images or close other tabs, then try again.' : text;
}

scope.onmessage = (message) => {
  const { id, request } = message.data;
  const handler = handlers[request?.type] as ((r: Request, s: EngineState, e: typeof emit) => Promise<unknown>) | undefined;
  if (!handler) { emit({ type: 'error', id, message: `Unknown request ${JSON.stringify(request?.type)}.` }); return; }
  handler(request, state, emit).then(
    (payload) => scope.postMessage({ type: 'reply', id, payload } as Event),
    (error: unknown) => emit({ type: 'error', id, message: describe(error) }),
  );
};
