/**
 * The base on the page: what the worker found (the learner's module-4 CNN, or why there is none
 * or it is damaged) said plainly, and module 4's quick training run offered on the spot, with its
 * progress on a bar. Nothing of the learner's is touched either way.
 */
import { trainCnnOnTheSpot } from '../../cnn/saved/train-on-the-spot';
import { describeSaved, readSavedMarker } from '../../cnn/ui/saved-marker';
import { formatPercent, part } from '../../runtime/ui/dom';
import type { BaseFound } from '../protocol.ts';

/** Shows what was found; true when there is a CNN to build on. */
export function showBase(root: HTMLElement, base: BaseFound): boolean {
  const status = part(root, 'base-status');
  part(root, 'train-base').hidden = base.ok;
  root.dataset.base = base.ok ? 'saved' : base.reason;
  if (!base.ok) { status.textContent = base.message; return false; }
  // Module 4's marker (page storage) has the test accuracy of this very save.
  const marker = readSavedMarker(localStorage);
  const testAccuracy = marker?.savedAt === base.savedAt && typeof marker.testAccuracy === 'number' ? marker.testAccuracy : undefined;
  status.textContent = `Base: your module-4 CNN, ${describeSaved({ savedAt: base.savedAt, ...(testAccuracy === undefined ? {} : { testAccuracy }) })}.`;
  return true;
}

/** Runs module 4's quick training here (about a minute), showing progress; resolves when it is saved. */
export async function trainBaseHere(root: HTMLElement): Promise<void> {
  const box = part(root, 'base-progress-box');
  const bar = part<HTMLProgressElement>(root, 'base-progress');
  const text = part(root, 'base-progress-text');
  box.hidden = false;
  // The button hides while it runs: keep keyboard focus on what replaces it.
  box.tabIndex = -1;
  box.focus();
  part(root, 'train-base').hidden = true;
  try {
    const { testAccuracy } = await trainCnnOnTheSpot({
      onEvent(event) {
        if (event.type === 'data-progress') {
          bar.max = Math.max(1, event.totalBytes);
          bar.value = event.loadedBytes;
          text.textContent = `Training a CNN: MNIST digits ${(event.loadedBytes / 1e6).toFixed(1)} of ${(event.totalBytes / 1e6).toFixed(1)} MB`;
        } else if (event.type === 'batch') {
          bar.max = event.batchesPerEpoch;
          bar.value = event.batch + 1;
          text.textContent = `Training a CNN: batch ${event.batch + 1} of ${event.batchesPerEpoch}, accuracy ${formatPercent(event.accuracy)}`;
        }
      },
    });
    bar.value = bar.max;
    text.textContent = `Trained and saved (test accuracy ${formatPercent(testAccuracy, 2)}); module 4 will find it too.`;
  } catch (error) {
    part(root, 'train-base').hidden = false;
    text.textContent = `Training the CNN failed: ${(error as Error).message}`;
    throw error;
  }
}
