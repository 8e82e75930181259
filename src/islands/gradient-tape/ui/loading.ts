/**
 * What Start does before the first step: TensorFlow.js and its backend, then the digits, with
 * the download shown in the lab's progress bar and the backend named on the lab's root.
 */
import type { Split } from '~/islands/cnn/data/shards';
import { SUBSET_IMAGES } from '../data/batches.ts';
import { loadLabData } from '../data/load.ts';
import { part } from './dom.ts';
import { startTensorFlow } from './tensorflow.ts';

/** Loads TensorFlow.js and the MNIST training split; resolves with the split. */
export async function loadLab(root: HTMLElement): Promise<Split> {
  part(root, 'status').textContent = 'Loading TensorFlow.js and the digits…';
  const backend = await startTensorFlow();
  const progress = part<HTMLProgressElement>(root, 'load-progress');
  const label = part(root, 'load-progress-text');
  const { train, fromCache } = await loadLabData((phase, loaded, total) => {
    progress.max = total;
    progress.value = loaded;
    label.textContent = `MNIST: ${phase} ${(loaded / 1e6).toFixed(1)} of ${(total / 1e6).toFixed(1)} MB`;
  });
  label.textContent = `MNIST: ready${fromCache ? ' (from this browser’s cache)' : ''}; the lab uses ${Math.min(SUBSET_IMAGES, train.count).toLocaleString('en-US')} training images. Backend: ${backend}.`;
  root.dataset.backend = backend;
  return train;
}
