/**
 * The Python TensorFlow code equivalent to what the learner runs here: how A and B are made with
 * `tf.constant`, and the operation as a `tf.` call (plus the operator form where Python has one).
 */
import { formatShape } from '../format/values';
import type { Operation, TensorInput } from '../ops/spec';

const pyList = (values: readonly number[]) => `[${values.join(', ')}]`;
const pyScalar = (v: number | boolean) => (typeof v === 'boolean' ? (v ? 'True' : 'False') : String(v));

/** The learner's values as a Python literal, nested by `shape` (flat when the shape was typed apart). */
export function pyLiteral(flat: readonly (number | boolean)[], shape: readonly number[]): string {
  if (shape.length === 0) return pyScalar(flat[0] ?? 0);
  const size = shape.slice(1).reduce((p, d) => p * d, 1);
  const parts: string[] = [];
  for (let k = 0; k < shape[0]!; k++) parts.push(pyLiteral(flat.slice(k * size, (k + 1) * size), shape.slice(1)));
  return `[${parts.join(', ')}]`;
}

/** `name = tf.constant(..., dtype=tf.float32)`; with `shape=` when the shape was typed separately. */
export function pyConstant(name: string, t: TensorInput): string {
  const literal = t.shapeGiven ? pyLiteral(t.flat, [t.flat.length]) : pyLiteral(t.flat, t.shape);
  const shape = t.shapeGiven ? `, shape=${formatShape(t.shape)}` : '';
  return `${name} = tf.constant(${literal}${shape}, dtype=tf.${t.dtype})`;
}

const OPERATOR = { add: '+', subtract: '-', multiply: '*', divide: '/', matmul: '@' } as const;
const REDUCE = { sum: 'reduce_sum', mean: 'reduce_mean', max: 'reduce_max' } as const;

/** The operation as Python: the `tf.` call and, for arithmetic and matmul, the operator form. */
export function pyCall(op: Operation): { call: string; operator?: string } {
  switch (op.kind) {
    case 'add': case 'subtract': case 'multiply': case 'divide': case 'matmul':
      return { call: `tf.${op.kind}(a, b)`, operator: `a ${OPERATOR[op.kind]} b` };
    case 'reshape':
      return { call: `tf.reshape(a, ${pyList(op.shape)})` };
    case 'transpose':
      return { call: op.perm ? `tf.transpose(a, perm=${pyList(op.perm)})` : 'tf.transpose(a)' };
    case 'sum': case 'mean': case 'max': {
      const args = ['a'];
      if (op.axis !== null) args.push(`axis=${Array.isArray(op.axis) ? pyList(op.axis) : op.axis}`);
      if (op.keepdims) args.push('keepdims=True');
      return { call: `tf.${REDUCE[op.kind]}(${args.join(', ')})` };
    }
    case 'cast':
      return { call: `tf.cast(a, tf.${op.dtype})` };
  }
}

/** The whole Python listing for a request: the import, A (and B when used) and the call. */
export function pyListing(a: TensorInput, b: TensorInput | null, op: Operation): string {
  const { call, operator } = pyCall(op);
  return [
    'import tensorflow as tf',
    '',
    pyConstant('a', a),
    ...(b ? [pyConstant('b', b)] : []),
    `result = ${call}${operator ? `  # or: ${operator}` : ''}`,
    'print(result.shape, result.dtype)',
  ].join('\n');
}
