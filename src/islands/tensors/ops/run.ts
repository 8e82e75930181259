/**
 * Runs the learner's operation in real TensorFlow.js and reads the result back. Nothing here
 * computes a value itself: results and error messages are TensorFlow.js's own.
 */
import type * as TF from '@tensorflow/tfjs-core';
import type { DType } from '../parse/dtype';
import type { Operation, TensorInput } from './spec';

/** The TensorFlow.js namespace the runner calls (tfjs-core with a backend already active). */
export type Tf = typeof TF;

/** A result read back from TensorFlow.js, or the message of the error it threw and at which step. */
export type RunResult =
  | { ok: true; shape: number[]; dtype: DType; values: Float32Array | Int32Array | Uint8Array }
  | { ok: false; stage: 'a' | 'b' | 'op'; message: string };

/** Makes a tensor from typed input (booleans become 1/0 for numeric dtypes, as tf.tensor expects). */
export function makeTensor(tf: Tf, t: TensorInput): TF.Tensor {
  const flat = t.dtype === 'bool' ? t.flat : t.flat.map(Number);
  return tf.tensor(flat as number[] | boolean[], t.shape, t.dtype);
}

function apply(tf: Tf, op: Operation, a: TF.Tensor, b: TF.Tensor | null): TF.Tensor {
  switch (op.kind) {
    case 'add': return tf.add(a, b!);
    case 'subtract': return tf.sub(a, b!);
    case 'multiply': return tf.mul(a, b!);
    case 'divide': return tf.div(a, b!);
    case 'matmul': return tf.matMul(a, b!);
    case 'reshape': return tf.reshape(a, op.shape);
    case 'transpose': return tf.transpose(a, op.perm ?? undefined);
    case 'sum': return tf.sum(a, op.axis ?? undefined, op.keepdims);
    case 'mean': return tf.mean(a, op.axis ?? undefined, op.keepdims);
    case 'max': return tf.max(a, op.axis ?? undefined, op.keepdims);
    case 'cast': return tf.cast(a, op.dtype);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Builds A (and B unless null), applies `op`, reads the result back; every tensor is disposed
 * before returning. Pass B exactly for the operations that use it (see `usesB`).
 */
export async function runOperation(tf: Tf, op: Operation, a: TensorInput, b: TensorInput | null): Promise<RunResult> {
  const made: TF.Tensor[] = [];
  try {
    let stage: 'a' | 'b' | 'op' = 'a';
    try {
      const ta = makeTensor(tf, a); made.push(ta);
      stage = 'b';
      const tb = b && makeTensor(tf, b);
      if (tb) made.push(tb);
      stage = 'op';
      const out = apply(tf, op, ta, tb); made.push(out);
      return { ok: true, shape: out.shape, dtype: out.dtype as DType, values: (await out.data()) as Float32Array | Int32Array | Uint8Array };
    } catch (error) {
      return { ok: false, stage, message: messageOf(error) };
    }
  } finally {
    for (const t of made) t.dispose();
  }
}
