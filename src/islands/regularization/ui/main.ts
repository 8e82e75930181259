/**
 * Mounts the module 5 island on first use (the page's tiny loader imports this on a Start
 * button): starts the worker, loads TensorFlow.js (wasm) and the MNIST quick shards there with a
 * progress bar, then runs the explorer and, on request, the A/B run.
 */
import { startLabWorker, type LabClient } from './client.ts';
import { AbRun } from './ab-run.ts';
import { part } from './dom.ts';
import { Explorer } from './explorer.ts';

/** What the loader can ask a mounted island to do: 'explore' (draw the grid) or 'ab' (start a run). */
export interface Island { handle(action: string): Promise<void> }

async function prepare(root: HTMLElement, client: LabClient): Promise<{ explorer: Explorer; ab: AbRun }> {
  const status = part(root, 'status'), bar = part<HTMLProgressElement>(root, 'data-progress'), label = part(root, 'data-progress-text');
  status.textContent = 'Loading TensorFlow.js in a worker…';
  const { backend, reason } = await client.request({ type: 'init' });
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
    status.textContent = `Ready. TensorFlow.js runs on ${backend}: ${reason}`;
    root.dataset.state = 'ready';
    const explorer = new Explorer(root, client, data.testCount);
    return { explorer, ab: new AbRun(root, client, explorer) };
  } finally {
    off();
  }
}

/** Creates the worker and returns the island's action handler. */
export function mount(root: HTMLElement): Island {
  const client = startLabWorker();
  const ready = prepare(root, client);
  return {
    async handle(action) {
      const { explorer, ab } = await ready;
      if (action === 'explore' || !explorer.settings) await explorer.update();
      if (action === 'ab') await ab.start();
    },
  };
}
