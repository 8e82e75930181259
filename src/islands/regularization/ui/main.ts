/**
 * Mounts the module 5 island on first use (the page's tiny loader imports this on a Start
 * button): starts the worker, loads TensorFlow.js (wasm) and the MNIST quick shards there with a
 * progress bar, then runs the explorer and, on request, the A/B run.
 */
import { loadMnistShowingProgress } from '../../runtime/ui/mnist-progress';
import { startLabWorker, type LabClient } from './client.ts';
import { AbRun } from './ab-run.ts';
import { part } from './dom.ts';
import { Explorer } from './explorer.ts';

/** What the loader can ask a mounted island to do: 'explore' (draw the grid) or 'ab' (start a run). */
export interface Island { handle(action: string): Promise<void> }

async function prepare(root: HTMLElement, client: LabClient): Promise<{ explorer: Explorer; ab: AbRun }> {
  const status = part(root, 'status');
  status.textContent = 'Loading TensorFlow.js in a worker…';
  const { backend, reason } = await client.request({ type: 'init' });
  status.textContent = `TensorFlow.js runs on ${backend}. Loading MNIST…`;
  const data = await loadMnistShowingProgress(root, client);
  status.textContent = `Ready. TensorFlow.js runs on ${backend}: ${reason}`;
  root.dataset.state = 'ready';
  const explorer = new Explorer(root, client, data.testCount);
  return { explorer, ab: new AbRun(root, client, explorer) };
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
