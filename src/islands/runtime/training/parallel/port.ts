/**
 * A request/reply channel to one helper. In the browser it is a Worker running the island's
 * worker script under HELPER_WORKER_NAME; tests use an in-process HelperEngine instead.
 */
import { HelperEngine } from './helper.ts';
import { HELPER_WORKER_NAME, type HelperReply, type HelperRequest } from './messages.ts';

export interface HelperPort {
  /** Resolves with the helper's reply; a `failed` reply or a dead worker rejects. */
  send(request: HelperRequest, transfer?: Transferable[]): Promise<HelperReply>;
  close(): void;
}

export function workerPort(scriptUrl: string | URL): HelperPort {
  const worker = new Worker(scriptUrl, { type: 'module', name: HELPER_WORKER_NAME });
  // Replies come back in request order (the helper serves one request at a time).
  const waiting: { resolve(r: HelperReply): void; reject(e: Error): void }[] = [];
  const failAll = (message: string) => { for (const w of waiting.splice(0)) w.reject(new Error(message)); };
  worker.onmessage = (e: MessageEvent<HelperReply>) => {
    const next = waiting.shift();
    if (!next) return;
    if (e.data.type === 'failed') next.reject(new Error(`A training helper failed: ${e.data.message}`));
    else next.resolve(e.data);
  };
  worker.onerror = (e) => { e.preventDefault(); failAll(`A training helper stopped: ${e.message || 'script error'}`); };
  return {
    send(request, transfer = []) {
      return new Promise((resolve, reject) => {
        waiting.push({ resolve, reject });
        worker.postMessage(request, transfer);
      });
    },
    close() {
      failAll('The training helper was closed.');
      worker.terminate();
    },
  };
}

/** Same protocol without a thread (tests; also documents that the engine needs no Worker APIs). */
export function inProcessPort(): HelperPort {
  const engine = new HelperEngine();
  return {
    async send(request) {
      const { reply } = await engine.handle(request);
      if (reply.type === 'failed') throw new Error(reply.message);
      return reply;
    },
    close() {},
  };
}
