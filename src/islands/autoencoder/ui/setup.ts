/** The first Start: TensorFlow.js's backend (chosen by timing this lab's model) and the MNIST quick shards, with progress. */
import { part } from '~/islands/runtime/ui/dom.ts';
import type { LabClient } from './client.ts';

let ready: Promise<void> | null = null;

/** Resolves when the worker has a backend and the data; a failure is retried on the next call. */
export function loadOnce(root: HTMLElement, client: LabClient): Promise<void> {
  ready ??= load(root, client).catch((error: unknown) => { ready = null; throw error; });
  return ready;
}

async function load(root: HTMLElement, client: LabClient): Promise<void> {
  const status = part(root, 'status'), bar = part<HTMLProgressElement>(root, 'data-progress'), label = part(root, 'data-progress-text');
  status.textContent = 'Loading TensorFlow.js in a worker and timing its backends…';
  const { backend, reason } = await client.request({ type: 'init' });
  part(root, 'backend').textContent = `TensorFlow.js runs on ${backend}. ${reason}`;
  const off = client.onEvent((e) => {
    if (e.type !== 'data-progress') return;
    bar.max = e.totalBytes;
    bar.value = e.loadedBytes;
    label.textContent = `MNIST data: ${(e.loadedBytes / 1e6).toFixed(1)} of ${(e.totalBytes / 1e6).toFixed(1)} MB.`;
  });
  try {
    status.textContent = `TensorFlow.js runs on ${backend}. Loading MNIST…`;
    const data = await client.request({ type: 'load-data' });
    bar.max = 1;
    bar.value = 1;
    label.textContent = `MNIST data: ${data.trainCount.toLocaleString('en-US')} training and ${data.testCount.toLocaleString('en-US')} test images ${data.fromCache ? '(from this browser’s cache)' : 'loaded'}.`;
    status.textContent = 'Training…';
  } finally {
    off();
  }
}
