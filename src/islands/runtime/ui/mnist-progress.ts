/**
 * Loading MNIST in an island's worker with the download shown: the worker's `data-progress`
 * events fill the shell's `data-progress` bar and `data-progress-text` label (bytes in MB),
 * then the label says how many images arrived and whether they came from the browser's cache.
 */
import type { DataProgressEvent } from '../training/events';
import { part } from './dom';

/** What the worker answers to `load-data` (the runtime's MNIST loader). */
export interface MnistLoaded { trainCount: number; testCount: number; bytes: number; fromCache: boolean }

/** Any island's WorkerClient whose protocol has `load-data` and sends the runtime's `data-progress` events. */
export interface MnistClient {
  request(request: { type: 'load-data' }): Promise<MnistLoaded>;
  onEvent(listener: (event: DataProgressEvent | { type: string }) => void): () => void;
}

/** Sends `load-data` on `client` (any worker protocol that has it) and shows its progress under `root`. */
export async function loadMnistShowingProgress(root: HTMLElement, mnist: MnistClient): Promise<MnistLoaded> {
  const bar = part<HTMLProgressElement>(root, 'data-progress'), label = part(root, 'data-progress-text');
  const off = mnist.onEvent((e) => {
    if (e.type !== 'data-progress' || !('loadedBytes' in e)) return;
    bar.max = e.totalBytes;
    bar.value = e.loadedBytes;
    label.textContent = `MNIST data: ${(e.loadedBytes / 1e6).toFixed(1)} of ${(e.totalBytes / 1e6).toFixed(1)} MB.`;
  });
  try {
    const data = await mnist.request({ type: 'load-data' });
    bar.max = 1;
    bar.value = 1;
    label.textContent = `MNIST data: ${data.trainCount.toLocaleString('en-US')} training and ${data.testCount.toLocaleString('en-US')} test images ${data.fromCache ? '(from this browser’s cache)' : 'loaded'}.`;
    return data;
  } finally {
    off();
  }
}
