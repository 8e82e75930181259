/**
 * One training run on the page: the saved CNN loaded afresh (so fine-tuning never compounds over
 * runs), the new head trained with the base frozen, then optionally the top conv block fine-tuned
 * at a low learning rate. Progress, charts, summaries and held-out accuracies go to the page.
 */
import type * as tf from '@tensorflow/tfjs-core';
import type * as tfl from '@tensorflow/tfjs-layers';
import { mulberry32 } from '../../../lib/shuffle.ts';
import { loadSavedCnn } from '../../cnn/saved/load';
import type { TrainingCharts } from '../../runtime/ui/charts';
import { formatPercent, part } from '../../runtime/ui/dom';
import type { DrawingSet } from '../data/drawings.ts';
import { splitHeldOut } from '../data/split.ts';
import { freezeFor } from '../model/freeze.ts';
import { buildTransferModel, disposeTransfer, type TransferModel } from '../model/head.ts';
import { trainPhase, type PhaseSettings } from '../training/phases.ts';
import { toBatch } from '../training/tensors.ts';
import { BATCH_SIZE, HEAD_RATE, type RunSettings } from './settings.ts';
import { renderSummary } from './summary-view.ts';

/** A trained model, what it was built on, and its class names (output order). */
export interface Trained { transfer: TransferModel; cnn: tfl.LayersModel; names: string[] }

/** Trains on `set` with `settings`; the caller owns (and later disposes) the result. */
export async function runTraining(root: HTMLElement, set: DrawingSet, settings: RunSettings, charts: TrainingCharts, seed: number): Promise<Trained> {
  const { model: cnn } = await loadSavedCnn();
  const names = set.classes.map((c) => c.name.trim());
  const split = splitHeldOut(set);
  const train = toBatch(split.train, names.length);
  const heldOut = toBatch(split.heldOut, names.length);
  const transfer = buildTransferModel(cnn, names.length);
  const bar = part<HTMLProgressElement>(root, 'train-progress');
  const text = part(root, 'train-progress-text');
  const batches = Math.ceil(split.train.length / BATCH_SIZE);
  const phases: (PhaseSettings & { label: string; slot: string })[] = [
    { phase: 'head', epochs: settings.headEpochs, learningRate: HEAD_RATE, batchSize: BATCH_SIZE, label: 'Phase 1: new head, base frozen (Adam 1e-3)', slot: 'accuracy-head' },
    ...(settings.fineTune ? [{ phase: 'fine-tune' as const, epochs: settings.fineTuneEpochs, learningRate: settings.fineTuneRate, batchSize: BATCH_SIZE, label: `Phase 2: top conv block unfrozen, fine-tuned (Adam ${settings.fineTuneRate})`, slot: 'accuracy-fine' }] : []),
  ];
  const totalEpochs = phases.reduce((sum, p) => sum + p.epochs, 0);
  bar.max = totalEpochs * batches;
  bar.value = 0;
  charts.reset(totalEpochs);
  part(root, 'summaries').replaceChildren();
  for (const slot of ['accuracy-head', 'accuracy-fine']) { part(root, slot).textContent = '—'; delete part(root, slot).dataset.accuracy; }
  const random = mulberry32(seed);
  let offset = 0;
  try {
    for (const p of phases) {
      freezeFor(p.phase, transfer.baseLayers);
      renderSummary(part(root, 'summaries'), p.phase, `${p.label}: model.summary()`, transfer.model);
      const scores = await trainPhase(transfer.model, transfer.baseLayers, train, heldOut, p, random, {
        batch(epoch, b, n, loss, accuracy) {
          bar.value = (offset + epoch) * batches + b + 1;
          text.textContent = `${p.label}: epoch ${epoch + 1} of ${p.epochs}, batch ${b + 1} of ${n}, loss ${loss.toFixed(3)}`;
          charts.addBatch(offset + epoch + (b + 1) / n, loss, accuracy);
        },
        epoch(epoch, held) { charts.addEpoch(offset + epoch + 1, held.loss, held.accuracy); },
      });
      offset += p.epochs;
      const slot = part(root, p.slot);
      slot.dataset.accuracy = String(scores.accuracy);
      slot.textContent = `${formatPercent(scores.accuracy)} (${Math.round(scores.accuracy * split.heldOut.length)} of ${split.heldOut.length} drawings)`;
    }
    if (!settings.fineTune) part(root, 'accuracy-fine').textContent = 'not run (fine-tuning was off)';
    text.textContent = `Done: ${totalEpochs} epochs on ${split.train.length} drawings, ${split.heldOut.length} held out.`;
    return { transfer, cnn, names };
  } catch (error) {
    disposeTransfer(transfer, cnn);
    throw error;
  } finally {
    (transfer.model.optimizer as tf.Optimizer | undefined)?.dispose();
    for (const t of [train.xs, train.ys, heldOut.xs, heldOut.ys]) t.dispose();
  }
}
