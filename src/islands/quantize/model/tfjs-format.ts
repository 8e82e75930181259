/**
 * A stored variant in TensorFlow.js's own format: model.json (the topology plus a weights manifest)
 * and one .bin, readable by the stock tf.loadLayersModel. The manifest (tfjs-core io/types.ts,
 * WeightsManifestEntry.quantization) gives each weight ONE { dtype, scale, min } and decodes
 * uint8/uint16 codes as code × scale + min, or float16 words: so float16 and int8 per tensor fit
 * (an int8 code q is stored as the uint8 q + 128, min = scale × (−128 − zero_point)), while int8 per
 * channel, with a scale per output channel, cannot be written there.
 */
import type * as tf from '@tensorflow/tfjs-core';
import { INT8_MIN } from './affine.ts';
import type { StoredWeight, VariantId } from './variants.ts';

/** The variants the TF.js manifest can express. */
export const TFJS_VARIANTS = ['float32', 'float16', 'int8-tensor'] as const satisfies readonly VariantId[];
export type TfjsVariant = (typeof TFJS_VARIANTS)[number];

/** Why int8 per channel has no TF.js download (shown on the page). */
export const PER_CHANNEL_NOT_IN_TFJS = "TensorFlow.js's weights manifest holds one scale and one min per weight, so int8 with a scale per output channel cannot be written in its format; download float16 or int8 per tensor instead.";

/** One weight's manifest entry and its bytes in the .bin. */
function encode(w: StoredWeight): { spec: tf.io.WeightsManifestEntry; bytes: Uint8Array } {
  const spec: tf.io.WeightsManifestEntry = { name: w.name, shape: w.shape, dtype: 'float32' };
  if (!w.stored) return { spec, bytes: new Uint8Array(w.values.buffer, w.values.byteOffset, w.values.byteLength) };
  if (w.stored.kind === 'float16') {
    const { words } = w.stored;
    return { spec: { ...spec, quantization: { dtype: 'float16' } }, bytes: new Uint8Array(words.buffer, words.byteOffset, words.byteLength) };
  }
  const { q, params } = w.stored.tensor;
  if (params.length !== 1) throw new Error(`${w.name}: ${PER_CHANNEL_NOT_IN_TFJS}`);
  const { scale, zeroPoint } = params[0]!;
  const bytes = Uint8Array.from(q, (code) => code - INT8_MIN);
  return { spec: { ...spec, quantization: { dtype: 'uint8', scale, min: scale * (INT8_MIN - zeroPoint) } }, bytes };
}

/** The manifest entries of `weights` and the .bin holding them in that order. */
export function encodeForTfjs(weights: readonly StoredWeight[]): { specs: tf.io.WeightsManifestEntry[]; data: ArrayBuffer } {
  const parts = weights.map(encode);
  const data = new Uint8Array(parts.reduce((n, p) => n + p.bytes.byteLength, 0));
  let offset = 0;
  for (const { bytes } of parts) { data.set(bytes, offset); offset += bytes.byteLength; }
  return { specs: parts.map((p) => p.spec), data: data.buffer };
}

/** File names of a variant's download, e.g. cnn-int8.json and cnn-int8.weights.bin. */
export function tfjsFileNames(variant: TfjsVariant): { json: string; bin: string } {
  const stem = `cnn-${variant === 'int8-tensor' ? 'int8' : variant}`;
  return { json: `${stem}.json`, bin: `${stem}.weights.bin` };
}

/** model.json text: `topology` (the LayersModel's JSON) and a manifest pointing at `bin` beside it. */
export function modelJson(topology: object, specs: tf.io.WeightsManifestEntry[], bin: string): string {
  const manifest: tf.io.WeightsManifestConfig = [{ paths: [`./${bin}`], weights: specs }];
  return JSON.stringify({ format: 'layers-model', generatedBy: 'tfk-course module 23', convertedBy: null, modelTopology: topology, weightsManifest: manifest });
}
