/** The MLP labs' session with their training worker (the runtime's EngineSession, this island's Worker). */
import type { ProgressEvent } from '../../runtime/worker/client';
import { EngineSession } from '../../runtime/worker/session';
import type { Event, Replies, Request } from '../protocol';

export class MlpSession extends EngineSession<Request, Replies, Event> {
  /** `name` labels the Worker in the browser's tools (one per lab on the page). */
  constructor(name: string, onEvent: (event: ProgressEvent<Event>) => void) {
    super(() => new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name }), onEvent);
  }
}
