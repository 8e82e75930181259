/**
 * What TensorFlow in Python does with the same call, where it differs from TensorFlow.js: the
 * error it raises (quoted only where the exact wording was checked against real reports) or the
 * different result. Sources for the quoted forms:
 *  - "Incompatible shapes: [..] vs. [..] [Op:AddV2]": the eager form named in the course brief;
 *  - "cannot compute AddV2 as input #1(zero-based) was expected to be a .. tensor but is a ..
 *    tensor [Op:AddV2]": tensorflow/probability#1542, SeldonIO/alibi-detect#800 (there via `+`);
 *  - "Matrix size-incompatible: In[0]: [..], In[1]: [..] [Op:MatMul]": tensorlayer/SRGAN#150;
 *  - "Input to reshape is a tensor with N values, but the requested shape has M" / "requires a
 *    multiple of M": tensorflow/tensorflow#29623, qqwweee/keras-yolo3#20;
 *  - "transpose expects a vector of size N. But input(1) is a vector of size M [Op:Transpose]":
 *    kosta-pmf/dnn-audio-watermarking#7;
 *  - "Invalid reduction dimension (1 for input with 1 dimension(s)": apple/tensorflow_macos#131;
 *  - int32 / int32 gives float64: the tf.math.truediv docs; reduce_mean keeps int32: its docs.
 * Recent TensorFlow versions prefix kernel errors with "{{function_node __wrapped__..}}".
 */
import { broadcastShape } from './broadcast';
import type { DType } from '../parse/dtype';
import type { Operation } from '../ops/spec';

/** A tensor's facts that decide what Python does. */
export interface Facts { shape: number[]; dtype: DType }

/** Python's behaviour: `quote` is a verified exact message; `text` explains in words. */
export interface PythonSays { raises: boolean; quote?: string; text: string }

const KERNEL = { add: 'AddV2', subtract: 'Sub', multiply: 'Mul', divide: 'RealDiv', sum: 'Sum', mean: 'Mean', max: 'Max' } as const;
const TF_NAME: Record<DType, string> = { float32: 'float', int32: 'int32', bool: 'bool' };
const dims = (s: readonly number[]) => `[${s.join(',')}]`;
const size = (s: readonly number[]) => s.reduce((p, d) => p * d, 1);
const raises = (text: string, quote?: string): PythonSays => ({ raises: true, text, ...(quote ? { quote: `InvalidArgumentError: ${quote}` } : {}) });
const NO_BOOL = 'TensorFlow in Python has no kernel for this on bool tensors and raises an error; cast first, e.g. tf.cast(a, tf.int32).';

/**
 * Python's behaviour for `op` on tensors like `a` and `b` (null for operations on A alone), or
 * null when it matches TensorFlow.js.
 */
export function pythonSays(op: Operation, a: Facts, b: Facts | null): PythonSays | null {
  switch (op.kind) {
    case 'add': case 'subtract': case 'multiply': case 'divide': {
      if (!b) return null;
      const k = KERNEL[op.kind];
      if (a.dtype === 'bool' || b.dtype === 'bool') return raises(NO_BOOL);
      if (a.dtype !== b.dtype) {
        if (op.kind === 'divide') return raises(`Python raises a TypeError: tf.divide needs both tensors to have the same dtype (no implicit promotion). TensorFlow.js promoted to float32.`);
        return raises(`Python never mixes dtypes silently and raises; TensorFlow.js promoted to float32 instead. Cast one side with tf.cast.`,
          `cannot compute ${k} as input #1(zero-based) was expected to be a ${TF_NAME[a.dtype]} tensor but is a ${TF_NAME[b.dtype]} tensor [Op:${k}]`);
      }
      if (!broadcastShape(a.shape, b.shape)) return raises('Python raises the same kind of error for shapes that do not broadcast.', `Incompatible shapes: ${dims(a.shape)} vs. ${dims(b.shape)} [Op:${k}]`);
      if (op.kind === 'divide' && a.dtype === 'int32') return { raises: false, text: 'Python divides int32 tensors exactly: it casts them to float64 and returns float64. TensorFlow.js rounds down and keeps int32, like Python\'s a // b (tf.math.floordiv).' };
      return null;
    }
    case 'matmul':
      if (!b) return null;
      if (a.dtype === 'bool' || b.dtype === 'bool') return raises(NO_BOOL);
      if (a.dtype !== b.dtype) return raises('Python raises: tf.matmul needs both tensors to have the same dtype (no implicit promotion); TensorFlow.js promoted to float32.');
      if (a.shape.length < 2 || b.shape.length < 2) return raises('Python raises: tf.matmul needs rank 2 or more on both sides. Reshape a vector to [1, n] or [n, 1] first.');
      if (a.shape.length === 2 && b.shape.length === 2 && a.shape[1] !== b.shape[0]) {
        return raises('The inner sizes must agree (columns of A = rows of B).', `Matrix size-incompatible: In[0]: ${dims(a.shape)}, In[1]: ${dims(b.shape)} [Op:MatMul]`);
      }
      if (a.shape.at(-1) !== b.shape.at(-2) || !broadcastShape(a.shape.slice(0, -2), b.shape.slice(0, -2))) {
        return raises('Python raises an InvalidArgumentError naming both shapes: the inner sizes must agree and the leading (batch) axes must broadcast.');
      }
      return null;
    case 'reshape': return reshapeSays(a, op.shape);
    case 'transpose':
      if (!op.perm) return null;
      if (op.perm.length !== a.shape.length) return raises('perm must name every axis of A once.', `transpose expects a vector of size ${a.shape.length}. But input(1) is a vector of size ${op.perm.length} [Op:Transpose]`);
      if (op.perm.some((p) => p >= a.shape.length)) return raises(`Python raises an InvalidArgumentError: A has axes 0 to ${a.shape.length - 1} only.`);
      return null;
    case 'sum': case 'mean': case 'max': {
      if (a.dtype === 'bool') return raises(NO_BOOL);
      const rank = a.shape.length;
      const bad = [op.axis ?? []].flat().find((ax) => ax < -rank || ax >= rank);
      if (bad !== undefined) return raises(`A has ${rank} axes: axis must be from ${-rank} to ${rank - 1}.`, `Invalid reduction dimension (${bad} for input with ${rank} dimension(s) [Op:${KERNEL[op.kind]}]`);
      if (op.kind === 'mean' && a.dtype === 'int32') return { raises: false, text: 'Python keeps the int32 dtype, so the fraction is dropped (the mean of [1, 0, 1, 0] is 0). TensorFlow.js returns float32. Cast to float32 first in Python.' };
      return null;
    }
    case 'cast': return null;
  }
}

function reshapeSays(a: Facts, target: readonly number[]): PythonSays | null {
  const values = size(a.shape);
  const inferred = target.filter((d) => d === -1).length;
  if (inferred > 1) return raises('Python raises an InvalidArgumentError too: only one size may be -1.');
  const known = size(target.filter((d) => d !== -1));
  if (inferred === 1 && values % known !== 0) return raises(`${values} values cannot be split into groups of ${known}.`, `Input to reshape is a tensor with ${values} values, but the requested shape requires a multiple of ${known} [Op:Reshape]`);
  if (inferred === 0 && known !== values) return raises('Reshape keeps every value, so the sizes must multiply to the same count.', `Input to reshape is a tensor with ${values} values, but the requested shape has ${known} [Op:Reshape]`);
  return null;
}
