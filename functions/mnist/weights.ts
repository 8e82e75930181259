/**
 * Decodes and checks the weights a CNN submission carries: base64 of the float32 values
 * (little-endian, TensorFlow.js's weights.bin layout) plus the shape of each tensor.
 * Anything but the module-4 architecture, or a value that is not a finite number, is refused
 * with a message that names the first problem.
 */
import { CNN_PARAM_COUNT, CNN_TENSORS, CNN_WEIGHT_BYTES, sizeOf } from './architecture';

/** The wire form (validated for syntax by the request schema). */
export interface WeightsWire { shapes: number[][]; float32: string }

/** One Float32Array per tensor of CNN_TENSORS, same order; views into one buffer. */
export type CnnWeights = Float32Array[];

export type Decoded = { ok: true; weights: CnnWeights; bytes: Uint8Array<ArrayBuffer> } | { ok: false; problem: string };

const show = (shape: readonly number[]) => `[${shape.join(', ')}]`;

function checkShapes(shapes: number[][]): string | null {
  if (shapes.length !== CNN_TENSORS.length) {
    return `The module-4 CNN has ${CNN_TENSORS.length} weight tensors; this model has ${shapes.length}.`;
  }
  for (let i = 0; i < shapes.length; i++) {
    const want = CNN_TENSORS[i]!;
    const got = shapes[i]!;
    if (got.length !== want.shape.length || got.some((d, j) => d !== want.shape[j])) {
      return `Weight tensor ${i + 1} (${want.name}) has shape ${show(got)}; the module-4 CNN needs ${show(want.shape)}.`;
    }
  }
  return null;
}

function base64Bytes(text: string): Uint8Array<ArrayBuffer> | null {
  let binary: string;
  try {
    binary = atob(text);
  } catch {
    return null;
  }
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

/** Checks shapes, size and finiteness; never throws on bad input. */
export function decodeWeights(wire: WeightsWire): Decoded {
  const shapeProblem = checkShapes(wire.shapes);
  if (shapeProblem) return { ok: false, problem: shapeProblem };
  const bytes = base64Bytes(wire.float32);
  if (!bytes) return { ok: false, problem: 'The weights are not valid base64.' };
  if (bytes.length !== CNN_WEIGHT_BYTES) {
    return { ok: false, problem: `The weights hold ${bytes.length} bytes; ${CNN_PARAM_COUNT.toLocaleString('en-US')} float32 parameters need ${CNN_WEIGHT_BYTES}.` };
  }
  const view = new DataView(bytes.buffer);
  const all = new Float32Array(CNN_PARAM_COUNT);
  for (let i = 0; i < CNN_PARAM_COUNT; i++) {
    const v = view.getFloat32(i * 4, true);
    if (!Number.isFinite(v)) return { ok: false, problem: `Weight ${i} is ${v}; every weight must be a finite number.` };
    all[i] = v;
  }
  const weights: CnnWeights = [];
  let offset = 0;
  for (const t of CNN_TENSORS) {
    weights.push(all.subarray(offset, offset + sizeOf(t.shape)));
    offset += sizeOf(t.shape);
  }
  return { ok: true, weights, bytes };
}
