/**
 * The helper's side: a replica of the model that receives the current weights and one part of
 * each batch, and answers with that part's gradients (or, for validation and test scoring, one
 * part of the images and answers with their predictions). It never updates weights itself, so the
 * training worker's model and optimizer stay the only source of truth.
 */
import * as tf from '@tensorflow/tfjs-core';
import * as tfl from '@tensorflow/tfjs-layers';
import { wasmHeapBytes } from '../../backend/heap.ts';
import { activateBackend } from '../../backend/load.ts';
import { toTensors } from '../../mnist/batches.ts';
import { scoreSplit } from '../evaluate.ts';
import { packValues, partGradients, unpackValues } from '../gradients.ts';
import type { HelperReply, HelperRequest } from './messages.ts';
import { sharedNow } from './balance.ts';

export class HelperEngine {
  private model: tfl.LayersModel | null = null;

  async handle(request: HelperRequest): Promise<{ reply: HelperReply; transfer: Transferable[] }> {
    if (request.type === 'init') {
      await activateBackend(request.backend);
      this.model?.dispose();
      this.model = await tfl.models.modelFromJSON({ modelTopology: JSON.parse(request.topology) as tf.io.ModelJSON['modelTopology'] });
      return { reply: { type: 'ready' }, transfer: [] };
    }
    const model = this.model;
    if (!model) throw new Error('The helper has no model yet.');
    const started = performance.now();
    const count = request.labels.length;
    const weights = unpackValues(request.weights, model.weights.map((w) => ({ shape: w.shape as number[] })));
    model.setWeights(weights);
    tf.dispose(weights);
    if (request.type === 'score') {
      const score = await scoreSplit(model, { count, pixels: request.pixels, labels: Uint8Array.from(request.labels) }, Uint32Array.from({ length: count }, (_, i) => i));
      return { reply: { type: 'scored', ...score }, transfer: [score.predicted.buffer] };
    }
    const { x, y } = toTensors({ count, pixels: request.pixels, labels: request.labels });
    const part = partGradients(model, x, y);
    // On wasm the weights were copied into the heap above, so their buffer can carry the
    // gradients back (no fresh buffer per step); on cpu the variables now reference it.
    const grads = packValues(part.grads, tf.getBackend() === 'wasm' ? request.weights : null);
    const [loss, correct] = [part.loss.dataSync()[0]!, part.correct.dataSync()[0]!];
    tf.dispose([x, y, part.loss, part.correct, ...part.grads]);
    return { reply: { type: 'grads', grads, loss, correct, computeMs: performance.now() - started, heapBytes: wasmHeapBytes(), repliedAt: sharedNow() }, transfer: [grads.buffer] };
  }
}

/** Runs a HelperEngine behind a worker scope's messages; one request at a time, in order. */
export function serveHelper(scope: { onmessage: ((e: MessageEvent<HelperRequest>) => void) | null; postMessage(m: HelperReply, t: Transferable[]): void }): void {
  const engine = new HelperEngine();
  let queue = Promise.resolve();
  scope.onmessage = (e) => {
    queue = queue.then(() => engine.handle(e.data)).then(
      ({ reply, transfer }) => scope.postMessage(reply, transfer),
      (error: unknown) => scope.postMessage({ type: 'failed', message: error instanceof Error ? error.message : String(error) }, []),
    );
  };
}
