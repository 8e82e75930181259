/** The page's typed client for the lab's worker (the runtime's WorkerClient on this lab's protocol). */
import { WorkerClient } from '~/islands/runtime/worker/client.ts';
import type { Event, Replies, Request } from '../protocol.ts';

export type LabClient = WorkerClient<Request, Replies, Event>;

/** Starts the lab's worker (TensorFlow.js loads inside it) and wraps it. */
export function startLabWorker(): LabClient {
  return new WorkerClient<Request, Replies, Event>(new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'autoencoder-lab' }));
}
