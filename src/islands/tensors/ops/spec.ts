/**
 * What the learner asked for: two typed tensors and one operation with its arguments. Shared by
 * the form reader, the TensorFlow.js runner and the Python text, so they never disagree.
 */
import type { DType } from '../parse/dtype';

/** A tensor as typed: row-major values, its shape, its dtype. */
export interface TensorInput {
  flat: (number | boolean)[];
  shape: number[];
  dtype: DType;
  /** True when the learner gave the shape separately (Python then needs `shape=`). */
  shapeGiven: boolean;
}

/** The element-wise operations, which broadcast. */
export const ELEMENTWISE = ['add', 'subtract', 'multiply', 'divide'] as const;
/** The reductions. */
export const REDUCTIONS = ['sum', 'mean', 'max'] as const;
/** Every operation the playground offers, in the order of its menu. */
export const OPERATIONS = [...ELEMENTWISE, 'matmul', 'reshape', 'transpose', ...REDUCTIONS, 'cast'] as const;

/** One operation name. */
export type OpName = (typeof OPERATIONS)[number];

/** An operation with the arguments it takes. */
export type Operation =
  | { kind: (typeof ELEMENTWISE)[number] | 'matmul' }
  | { kind: 'reshape'; shape: number[] }
  | { kind: 'transpose'; perm: number[] | null }
  | { kind: (typeof REDUCTIONS)[number]; axis: number | number[] | null; keepdims: boolean }
  | { kind: 'cast'; dtype: DType };

/** True for the operations that read tensor B (element-wise ones and matmul). */
export function usesB(kind: OpName): boolean {
  return kind === 'matmul' || (ELEMENTWISE as readonly string[]).includes(kind);
}

/** True for the element-wise operations (the ones that broadcast). */
export function isElementwise(kind: OpName): kind is (typeof ELEMENTWISE)[number] {
  return (ELEMENTWISE as readonly string[]).includes(kind);
}
