/**
 * What Start does before the first step: TensorFlow.js and its backend, then the digits, with
 * the download shown in the lab's progress bar and the backend named on the lab's root.
 */
import type { Split } from '~/islands/runtime/mnist/shards';
import { loadLabData } from '../data/load.ts';
import { part } from '~/islands/runtime/ui/dom';
import { loadTensorFlow } from '~/islands/runtime/backend/main-thread';

/** Loads TensorFlow.js and the MNIST training split; resolves with the split. */
export async function loadLab(root: HTMLElement): Promise<Split> {
  part(root, 'status').textContent = 'Loading TensorFlow.js and the digits…';
  // Each op of this small model takes microseconds to milliseconds: the page's own thread will do.
  const { backend } = await loadTensorFlow();
  const progress = part<HTMLProgressElement>(root, 'load-progress');
  const label = part(root, 'load-progress-text');
  const { train, fromCache } = await loadLabData((phase, loaded, total) => {
    progress.max = total;
    progress.value = loaded;
    label.textContent = `MNIST: ${phase} ${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`;
  });
  label.textContent = `MNIST: ready${fromCache ? ' (from this browser’s cache)' : ''}; the lab uses ${train.count.toLocaleString('en-US')} training images. Backend: ${backend}.`;
  root.dataset.backend = backend;
  return train;
}
