/**
 * int8 affine quantization as module 23 teaches it: real ≈ scale × (q − zero_point), q in
 * [−128, 127]. The range always includes 0 and the zero point is a whole number, so 0.0 is
 * stored exactly (what TFLite does too). One (scale, zero point) pair per tensor, or one per
 * output channel: element i of a Keras kernel belongs to channel i % channels (channels last).
 */

/** One scale (real units per step, > 0) and zero point (an int8: the q that stands for 0.0). */
export interface AffineParams { scale: number; zeroPoint: number }

export const INT8_MIN = -128;
export const INT8_MAX = 127;

/** The scale and zero point that map [min(lo, 0), max(hi, 0)] onto [−128, 127]. */
export function affineParams(lo: number, hi: number): AffineParams {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi) throw new Error(`Cannot quantize the range [${lo}, ${hi}].`);
  const min = Math.min(lo, 0);
  const max = Math.max(hi, 0);
  // An all-zero tensor: any scale stores it exactly; 1 avoids dividing by zero.
  if (max === min) return { scale: 1, zeroPoint: 0 };
  const scale = (max - min) / (INT8_MAX - INT8_MIN);
  const zeroPoint = Math.min(INT8_MAX, Math.max(INT8_MIN, Math.round(INT8_MIN - min / scale)));
  return { scale, zeroPoint };
}

/** int8 codes of `values` and their parameters: `channels` = 1 per tensor, else one pair per channel. */
export interface Int8Tensor { q: Int8Array; params: AffineParams[] }

/** Quantizes `values` per tensor (`channels` 1) or per channel (i % channels = the channel). */
export function quantizeInt8(values: Float32Array, channels = 1): Int8Tensor {
  if (!Number.isInteger(channels) || channels < 1 || values.length % channels !== 0) throw new Error(`${values.length} values do not split into ${channels} channels.`);
  const lo = new Array<number>(channels).fill(Infinity);
  const hi = new Array<number>(channels).fill(-Infinity);
  for (let i = 0; i < values.length; i++) {
    const c = i % channels;
    lo[c] = Math.min(lo[c]!, values[i]!);
    hi[c] = Math.max(hi[c]!, values[i]!);
  }
  const params = lo.map((l, c) => affineParams(l === Infinity ? 0 : l, hi[c] === -Infinity ? 0 : hi[c]!));
  const q = new Int8Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const { scale, zeroPoint } = params[i % channels]!;
    q[i] = Math.min(INT8_MAX, Math.max(INT8_MIN, Math.round(values[i]! / scale) + zeroPoint));
  }
  return { q, params };
}

/** The real values the codes stand for: scale × (q − zero_point), as float32 for inference. */
export function dequantizeInt8({ q, params }: Int8Tensor): Float32Array {
  const out = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) {
    const { scale, zeroPoint } = params[i % params.length]!;
    out[i] = (q[i]! - zeroPoint) * scale;
  }
  return out;
}
