/**
 * The four ways the island stores the CNN's weights, applied to named float32 weights (as a
 * LayersModel names them: 'conv2d/kernel', 'conv2d/bias', ...). Only kernels are quantized:
 * biases (234 of the CNN's 93,322 numbers) stay float32 in every variant, as in TFLite's
 * dynamic-range recipe, where an int8 bias would need the layer input's scale too.
 */
import { dequantizeInt8, quantizeInt8, type AffineParams, type Int8Tensor } from './affine.ts';
import { decodeFloat16, encodeFloat16 } from './float16.ts';

/** float32 (the reference), float16, int8 with one scale per kernel, int8 with one per output channel. */
export type VariantId = 'float32' | 'float16' | 'int8-tensor' | 'int8-channel';
export const VARIANTS: readonly VariantId[] = ['float32', 'float16', 'int8-tensor', 'int8-channel'];

/** One weight of a model: its name, shape and float32 values (row-major, channels last). */
export interface NamedWeight { name: string; shape: number[]; values: Float32Array }

/** A weight as a variant stores it: `values` are what inference uses (dequantized float32). */
export interface StoredWeight extends NamedWeight {
  /** The stored form: float16 words, int8 codes with their scales, or null (kept float32). */
  stored: { kind: 'float16'; words: Uint16Array } | { kind: 'int8'; tensor: Int8Tensor } | null;
}

/** A Keras kernel (Conv2D [h, w, in, out] or Dense [in, out]); everything else (biases) stays float32. */
export const isKernel = (w: NamedWeight): boolean => /(^|\/)kernel$/.test(w.name) && w.shape.length >= 2;

/** Output channels of a kernel: its last axis. */
export const outputChannels = (w: NamedWeight): number => w.shape[w.shape.length - 1]!;

/** `weights` stored as `variant`, each with the float32 values inference will use. */
export function storeWeights(weights: readonly NamedWeight[], variant: VariantId): StoredWeight[] {
  return weights.map((w) => {
    if (variant === 'float32' || !isKernel(w)) return { ...w, stored: null };
    if (variant === 'float16') {
      const words = encodeFloat16(w.values);
      return { ...w, values: decodeFloat16(words), stored: { kind: 'float16', words } };
    }
    const tensor = quantizeInt8(w.values, variant === 'int8-channel' ? outputChannels(w) : 1);
    return { ...w, values: dequantizeInt8(tensor), stored: { kind: 'int8', tensor } };
  });
}

/** Bytes to store one scale and its zero point: a float32 scale and an int8 zero point. */
export const BYTES_PER_SCALE = 4 + 1;

/** Bytes one stored weight takes: float32 4 per value, float16 2, int8 1 plus 5 per (scale, zero point). */
export function storedBytes(w: StoredWeight): number {
  if (!w.stored) return 4 * w.values.length;
  if (w.stored.kind === 'float16') return 2 * w.stored.words.length;
  return w.stored.tensor.q.length + BYTES_PER_SCALE * w.stored.tensor.params.length;
}

/** The whole model's weight bytes stored this way, and the kernels' and scales' share of it. */
export function modelBytes(weights: readonly StoredWeight[]): { total: number; kernels: number; scales: number } {
  let total = 0, kernels = 0, scales = 0;
  for (const w of weights) {
    const bytes = storedBytes(w);
    total += bytes;
    if (isKernel(w)) kernels += bytes;
    if (w.stored?.kind === 'int8') scales += BYTES_PER_SCALE * w.stored.tensor.params.length;
  }
  return { total, kernels, scales };
}

export type { AffineParams };
