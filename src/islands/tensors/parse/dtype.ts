/** The dtypes a learner can pick. TensorFlow.js has no float64 (nor int64): float32 is its widest float. */
export const DTYPES = ['float32', 'int32', 'bool'] as const;

/** One of {@link DTYPES}: the dtype names of TensorFlow.js, which Python spells `tf.float32` etc. */
export type DType = (typeof DTYPES)[number];

/** Narrows a form value to a {@link DType}; anything else (a tampered select) is undefined. */
export function asDType(value: string): DType | undefined {
  return (DTYPES as readonly string[]).includes(value) ? (value as DType) : undefined;
}
