/**
 * One training run, page side: the drawings split and sent to the lab's worker, and its events
 * turned into the progress bar, the charts (fine-tuning continues the epoch count, like Keras's
 * initial_epoch), each phase's summary table and the held-out accuracies.
 */
import type { TrainingCharts } from '../../runtime/ui/charts';
import { formatPercent, part } from '../../runtime/ui/dom';
import type { WorkerClient } from '../../runtime/worker/client';
import type { DrawingSet } from '../data/drawings.ts';
import { splitHeldOut } from '../data/split.ts';
import type { Event, Replies, Request } from '../protocol.ts';
import type { RunSettings } from './settings.ts';
import { renderSummary } from './summary-view.ts';

/** The lab's worker, as the page talks to it. */
export type LabClient = WorkerClient<Request, Replies, Event>;

const LABEL = { head: 'Phase 1: new head, base frozen', 'fine-tune': 'Phase 2: top conv block unfrozen, fine-tuned' };

function showAccuracy(slot: HTMLElement, accuracy: number, heldOut: number): void {
  slot.dataset.accuracy = String(accuracy);
  slot.textContent = `${formatPercent(accuracy)} (${Math.round(accuracy * heldOut)} of ${heldOut} drawings)`;
}

/** Trains on `set` in the worker; resolves with the class names of the trained model. */
export async function runTraining(root: HTMLElement, client: LabClient, set: DrawingSet, settings: RunSettings, charts: TrainingCharts, seed: number): Promise<string[]> {
  const names = set.classes.map((c) => c.name.trim());
  const split = splitHeldOut(set);
  const bar = part<HTMLProgressElement>(root, 'train-progress');
  const text = part(root, 'train-progress-text');
  const totalEpochs = settings.headEpochs + (settings.fineTune ? settings.fineTuneEpochs : 0);
  const offset = (phase: Event['phase']) => (phase === 'head' ? 0 : settings.headEpochs);
  bar.value = 0;
  charts.reset(totalEpochs);
  part(root, 'summaries').replaceChildren();
  for (const slot of ['accuracy-head', 'accuracy-fine']) { part(root, slot).textContent = '—'; delete part(root, slot).dataset.accuracy; }
  const stop = client.onEvent((event) => {
    if (event.type === 'phase') {
      bar.max = totalEpochs * event.batches;
      renderSummary(part(root, 'summaries'), event.phase, `${LABEL[event.phase]} (Adam ${event.learningRate}): model.summary()`, event.rows, event.counts);
    } else if (event.type === 'batch') {
      const at = offset(event.phase) + event.epoch;
      bar.value = at * event.batches + event.batch + 1;
      text.textContent = `${LABEL[event.phase]}: epoch ${event.epoch + 1}, batch ${event.batch + 1} of ${event.batches}, loss ${event.loss.toFixed(3)}`;
      charts.addBatch(at + (event.batch + 1) / event.batches, event.loss, event.accuracy);
    } else if (event.type === 'epoch') {
      charts.addEpoch(offset(event.phase) + event.epoch + 1, event.loss, event.accuracy);
    }
  });
  try {
    const reply = await client.request({ type: 'train', train: split.train, heldOut: split.heldOut, classes: names.length, settings, seed });
    showAccuracy(part(root, 'accuracy-head'), reply.accuracyHead, split.heldOut.length);
    if (reply.accuracyFine === null) part(root, 'accuracy-fine').textContent = 'not run (fine-tuning was off)';
    else showAccuracy(part(root, 'accuracy-fine'), reply.accuracyFine, split.heldOut.length);
    bar.value = bar.max;
    text.textContent = `Done: ${totalEpochs} epochs on ${split.train.length} drawings, ${split.heldOut.length} held out.`;
    return names;
  } finally {
    stop();
  }
}
