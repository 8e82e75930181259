/** The first Start: TensorFlow.js's backend (chosen by timing this lab's model) and the MNIST quick shards, with progress. */
import { loadMnistShowingProgress } from '../../runtime/ui/mnist-progress';
import { part } from '~/islands/runtime/ui/dom.ts';
import type { LabClient } from './client.ts';

let ready: Promise<void> | null = null;

/** Resolves when the worker has a backend and the data; a failure is retried on the next call. */
export function loadOnce(root: HTMLElement, client: LabClient): Promise<void> {
  ready ??= load(root, client).catch((error: unknown) => { ready = null; throw error; });
  return ready;
}

async function load(root: HTMLElement, client: LabClient): Promise<void> {
  const status = part(root, 'status');
  status.textContent = 'Loading TensorFlow.js in a worker and timing its backends…';
  const { backend, reason } = await client.request({ type: 'init' });
  part(root, 'backend').textContent = `TensorFlow.js runs on ${backend}. ${reason}`;
  status.textContent = `TensorFlow.js runs on ${backend}. Loading MNIST…`;
  await loadMnistShowingProgress(root, client);
  status.textContent = 'Training…';
}
