/**
 * Finding the base: the learner's module-4 CNN from this browser, or, when there is none or it
 * is damaged, a clear message and the quick training run on the spot (module 4's own worker and
 * Quick preset), with its progress on a bar. Nothing of the learner's is touched either way.
 */
import { loadSavedCnn, SavedCnnError, type SavedCnn } from '../../cnn/saved/load';
import { trainCnnOnTheSpot } from '../../cnn/saved/train-on-the-spot';
import { describeSaved } from '../../cnn/ui/saved-marker';
import { formatPercent, part } from '../../runtime/ui/dom';

/** The saved CNN, or null after saying on the page why there is none and offering the quick run. */
export async function findBase(root: HTMLElement): Promise<SavedCnn | null> {
  const status = part(root, 'base-status');
  const offer = part(root, 'train-base');
  try {
    const saved = await loadSavedCnn();
    status.textContent = `Base: your module-4 CNN, ${describeSaved(saved)}.`;
    root.dataset.base = 'saved';
    offer.hidden = true;
    return saved;
  } catch (error) {
    if (!(error instanceof SavedCnnError)) throw error;
    status.textContent = error.message;
    root.dataset.base = error.reason;
    offer.hidden = false;
    return null;
  }
}

/** Runs module 4's quick training here (about a minute), showing progress; resolves when it is saved. */
export async function trainBaseHere(root: HTMLElement): Promise<void> {
  const box = part(root, 'base-progress-box');
  const bar = part<HTMLProgressElement>(root, 'base-progress');
  const text = part(root, 'base-progress-text');
  box.hidden = false;
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
