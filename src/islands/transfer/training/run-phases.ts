/**
 * A whole run in the worker: the saved CNN loaded afresh (so fine-tuning never compounds over
 * runs), the transfer model built on its base, the head phase, then optionally fine-tuning of
 * the top conv block at the learner's low learning rate. Each phase is announced with its model
 * summary (rows and Keras's parameter counts) and streams its batches and epochs.
 */
import * as tf from '@tensorflow/tfjs-core';
import { mulberry32 } from '../../../lib/shuffle.ts';
import { loadSavedCnn } from '../../cnn/saved/load';
import type { Event, LayerRow, Replies, Request } from '../protocol.ts';
import { freezeFor } from '../model/freeze.ts';
import { buildTransferModel, disposeTransfer, type TransferModel } from '../model/head.ts';
import { countParams } from '../model/params.ts';
import { BATCH_SIZE, HEAD_RATE } from '../ui/settings.ts';
import { trainPhase, type PhaseSettings } from './phases.ts';
import { toBatch } from './tensors.ts';

/** The trained model and the saved CNN it was built on (both freed together). */
export interface Trained { transfer: TransferModel; cnn: import('@tensorflow/tfjs-layers').LayersModel }

const rows = (t: TransferModel): LayerRow[] => t.model.layers.filter((l) => l.getClassName() !== 'InputLayer').map((l) => ({
  name: l.name, className: l.getClassName(), outputShape: (l.outputShape as (number | null)[]).slice(), params: l.countParams(), trainable: l.trainable,
}));

/** Runs `request`; the caller keeps (and later frees) the returned model. */
export async function runPhases(request: Extract<Request, { type: 'train' }>, emit: (event: Event) => void): Promise<{ trained: Trained; reply: Replies['train'] }> {
  const { model: cnn } = await loadSavedCnn();
  const transfer = buildTransferModel(cnn, request.classes);
  const train = toBatch(request.train, request.classes);
  const heldOut = toBatch(request.heldOut, request.classes);
  const { settings } = request;
  const phases: PhaseSettings[] = [{ phase: 'head', epochs: settings.headEpochs, learningRate: HEAD_RATE, batchSize: BATCH_SIZE }];
  if (settings.fineTune) phases.push({ phase: 'fine-tune', epochs: settings.fineTuneEpochs, learningRate: settings.fineTuneRate, batchSize: BATCH_SIZE });
  const batches = Math.ceil(request.train.length / BATCH_SIZE);
  const random = mulberry32(request.seed);
  const accuracy: number[] = [];
  try {
    for (const p of phases) {
      freezeFor(p.phase, transfer.baseLayers);
      emit({ type: 'phase', phase: p.phase, epochs: p.epochs, batches, learningRate: p.learningRate, rows: rows(transfer), counts: countParams(transfer.model) });
      const scores = await trainPhase(transfer.model, transfer.baseLayers, train, heldOut, p, random, {
        batch: (epoch, batch, n, loss, acc) => emit({ type: 'batch', phase: p.phase, epoch, batch, batches: n, loss, accuracy: acc }),
        epoch: (epoch, held) => emit({ type: 'epoch', phase: p.phase, epoch, loss: held.loss, accuracy: held.accuracy }),
      });
      accuracy.push(scores.accuracy);
    }
    return { trained: { transfer, cnn }, reply: { accuracyHead: accuracy[0]!, accuracyFine: accuracy[1] ?? null } };
  } catch (error) {
    disposeTransfer(transfer, cnn);
    throw error;
  } finally {
    (transfer.model.optimizer as tf.Optimizer | undefined)?.dispose();
    tf.dispose([train.xs, train.ys, heldOut.xs, heldOut.ys]);
  }
}
