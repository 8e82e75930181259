/**
 * The island on the page, imported by the shell's loader on Start. 'start' loads the learner's
 * saved CNN in the worker and runs the comparison; when none is saved (or it is damaged) the page
 * says so and offers 'train-here': module 4's quick run on the spot, saved as module 4 saves, then
 * the comparison. The saved model is never deleted or changed by this island.
 */
import { part } from '~/islands/runtime/ui/dom';
import { WorkerClient } from '~/islands/runtime/worker/client';
import { trainCnnOnTheSpot } from '../../cnn/saved/train-on-the-spot.ts';
import { describeSaved } from '../../cnn/ui/saved-marker.ts';
import type { Event, Replies, Request } from '../protocol.ts';
import { showDownloads } from './downloads.ts';
import { HistogramView } from './histogram-view.ts';
import { showResults } from './results-table.ts';

/** Wires the island into `root` (the shell's section) and returns its action handler. */
export function mount(root: HTMLElement): { handle(action: string): Promise<void> } {
  const status = part(root, 'status');
  const alert = part(root, 'alert');
  const trainHere = part<HTMLButtonElement>(root, 'train-here');
  const progress = part<HTMLProgressElement>(root, 'progress');
  const progressText = part(root, 'progress-text');
  const histograms = new HistogramView(root);
  let worker: WorkerClient<Request, Replies, Event> | null = null;
  let busy = false;

  const show = (text: string, done: number, total: number) => {
    progressText.textContent = text;
    progress.max = Math.max(1, total);
    progress.value = Math.min(done, total);
  };

  async function compare(): Promise<void> {
    show('Loading TensorFlow.js and your saved CNN…', 0, 1);
    progress.removeAttribute('value'); // indeterminate until the first real progress
    worker ??= new WorkerClient<Request, Replies, Event>(new Worker(new URL('../worker.ts', import.meta.url), { type: 'module', name: 'quantize' }));
    const loaded = await worker.request({ type: 'load' });
    if (!loaded.ok) {
      show('Stopped: no usable CNN.', 0, 1);
      alert.hidden = false;
      alert.textContent = loaded.message;
      trainHere.hidden = false;
      root.dataset.saved = loaded.reason;
      status.textContent = 'Nothing was changed. Train a quick CNN here, or go to module 4.';
      return;
    }
    root.dataset.saved = 'ok';
    trainHere.hidden = true;
    status.textContent = `Quantizing your CNN (${describeSaved({ savedAt: loaded.savedAt })}). ${loaded.backend}`;
    const stop = worker.onEvent((event) => { if (event.type === 'progress') show(`${event.stage}…`, event.done, event.total); });
    const started = performance.now();
    const result = await worker.request({ type: 'run' }).finally(stop);
    showResults(part(root, 'results'), result.rows);
    histograms.set(result.layers);
    showDownloads(part(root, 'downloads'), result.downloads);
    part(root, 'results-area').hidden = false;
    histograms.draw();
    const seconds = (performance.now() - started) / 1000;
    root.dataset.seconds = seconds.toFixed(1);
    show(`Done: four variants scored on all ${result.images.toLocaleString('en-US')} test images in ${seconds.toFixed(1)} s.`, 1, 1);
  }

  async function trainThenCompare(): Promise<void> {
    trainHere.hidden = true;
    status.textContent = "Training module 4's CNN here (Quick preset, 1 epoch)…";
    const { testAccuracy } = await trainCnnOnTheSpot({
      onEvent: (event) => {
        if (event.type === 'data-progress') show('Quick training: loading MNIST…', event.loadedBytes, event.totalBytes);
        else if (event.type === 'batch') show(`Quick training: batch ${event.batch + 1} of ${event.batchesPerEpoch}…`, event.batch + 1, event.batchesPerEpoch);
      },
    });
    status.textContent = `Trained and saved (test accuracy ${(testAccuracy * 100).toFixed(2)}%); module 4 will find it too.`;
    alert.hidden = true;
    await compare();
  }

  return {
    async handle(action: string): Promise<void> {
      if (busy) return;
      busy = true;
      root.dataset.state = 'busy';
      alert.hidden = true;
      try {
        if (action === 'start') await compare();
        else if (action === 'train-here') await trainThenCompare();
      } catch (error) {
        alert.hidden = false;
        alert.textContent = `Something went wrong: ${(error as Error).message}. Your saved model was not changed; press Start to try again.`;
        show('Stopped.', 0, 1);
        if (action === 'train-here') trainHere.hidden = false;
      } finally {
        busy = false;
        root.dataset.state = part(root, 'results-area').hidden ? 'idle' : 'done';
      }
    },
  };
}
