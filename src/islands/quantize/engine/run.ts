/**
 * One run of the island in the worker: the saved CNN's weights stored four ways (float32 as the
 * reference, float16, int8 per tensor, int8 per channel), each put back dequantized and scored
 * on all 10,000 MNIST test images; plus every kernel before/after and the TF.js downloads.
 */
import type * as tfl from '@tensorflow/tfjs-layers';
import { loadMnist } from '../../runtime/mnist/loader.ts';
import type { Split } from '../../runtime/mnist/shards.ts';
import type { Emit } from '../../runtime/worker/serve.ts';
import { namedWeights, setNamedWeights } from '../model/model-weights.ts';
import { encodeForTfjs, modelJson, tfjsFileNames, TFJS_VARIANTS } from '../model/tfjs-format.ts';
import { isKernel, modelBytes, storeWeights, VARIANTS, type StoredWeight, type VariantId } from '../model/variants.ts';
import type { Event, LayerWeights, Replies, VariantRow } from '../protocol.ts';
import { timedScore } from './score.ts';

/** The worker's state: the loaded CNN (null until 'load' found one) and the test images once loaded. */
export interface QuantizeState { model: tfl.LayersModel | null; test: Split | null }

/** The whole comparison; throws when no CNN was loaded first. */
export async function runVariants(state: QuantizeState, emit: Emit<Event>): Promise<Replies['run']> {
  const model = state.model;
  if (!model) throw new Error('No CNN is loaded: press Start again.');
  // Only the test shards are needed; loadMnist always brings at least one training shard too.
  state.test ??= (await loadMnist(1, (_phase, done, total) => emit({ type: 'progress', stage: 'Loading the MNIST test images', done, total }))).test;
  const test = state.test;
  const original = namedWeights(model);
  const stored = Object.fromEntries(VARIANTS.map((v) => [v, storeWeights(original, v)])) as Record<VariantId, StoredWeight[]>;
  // One unscored slice first: the backend's first calls compile kernels and would bill float32 for it.
  setNamedWeights(model, original);
  await timedScore(model, { count: 500, pixels: test.pixels.subarray(0, 500 * 784), labels: test.labels.subarray(0, 500) }, () => undefined);

  const rows: VariantRow[] = [];
  let reference: Uint8Array | null = null;
  for (const [index, variant] of VARIANTS.entries()) {
    setNamedWeights(model, stored[variant]);
    const stage = `Scoring ${variant} on the ${test.count.toLocaleString('en-US')} test images`;
    const score = await timedScore(model, test, (done) => emit({ type: 'progress', stage, done: index * test.count + done, total: VARIANTS.length * test.count }));
    reference ??= score.predicted;
    const changed = score.predicted.reduce((n, p, i) => n + (p === reference![i] ? 0 : 1), 0);
    const bytes = modelBytes(stored[variant]);
    rows.push({ variant, bytes: bytes.total, scaleBytes: bytes.scales, accuracy: score.accuracy, changed, ms: score.ms, imagesPerSecond: test.count / (score.ms / 1000) });
  }
  setNamedWeights(model, original);

  const layers: LayerWeights[] = original.flatMap((w, i) => (isKernel(w)
    ? [{ name: w.name, shape: w.shape, values: Object.fromEntries(VARIANTS.map((v) => [v, Float32Array.from(stored[v][i]!.values)])) as Record<VariantId, Float32Array> }]
    : []));
  const topology = model.toJSON(null, false) as object;
  const downloads = TFJS_VARIANTS.map((variant) => {
    const { specs, data } = encodeForTfjs(stored[variant]);
    const names = tfjsFileNames(variant);
    return { variant, jsonName: names.json, json: modelJson(topology, specs, names.bin), binName: names.bin, bin: data };
  });
  return { rows, layers, downloads, images: test.count };
}
