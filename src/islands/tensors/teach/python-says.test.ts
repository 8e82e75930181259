import { describe, expect, it } from 'vitest';
import { pythonSays, type PythonSays } from './python-says';

const f32 = (...shape: number[]) => ({ shape, dtype: 'float32' as const });
const i32 = (...shape: number[]) => ({ shape, dtype: 'int32' as const });
/** True when Python raises and the playground describes it instead of quoting it. */
const described = (s: PythonSays | null) => s?.raises === true && s.quote === undefined;
const none = { shape: [], dtype: 'float32' as const };

describe('what TensorFlow in Python does with the same call', () => {
  it('quotes the broadcasting error with the op\'s kernel name', () => {
    expect(pythonSays({ kind: 'add' }, f32(2, 3), f32(4))?.quote).toBe('InvalidArgumentError: Incompatible shapes: [2,3] vs. [4] [Op:AddV2]');
    expect(pythonSays({ kind: 'multiply' }, f32(2, 3), f32(2))?.quote).toBe('InvalidArgumentError: Incompatible shapes: [2,3] vs. [2] [Op:Mul]');
    expect(pythonSays({ kind: 'add' }, f32(4, 3), f32(3))).toBeNull();
  });

  it('raises on int32 + float32 where TensorFlow.js promotes', () => {
    const says = pythonSays({ kind: 'add' }, i32(2), f32(2));
    expect(says?.raises).toBe(true);
    expect(says?.quote).toBe('InvalidArgumentError: cannot compute AddV2 as input #1(zero-based) was expected to be a int32 tensor but is a float tensor [Op:AddV2]');
    expect(pythonSays({ kind: 'divide' }, i32(2), f32(2))).toMatchObject({ raises: true, text: expect.stringMatching(/TypeError/) });
    expect(described(pythonSays({ kind: 'subtract' }, { shape: [2], dtype: 'bool' }, i32(2)))).toBe(true);
  });

  it('explains int32 division and int32 means, which run but differ', () => {
    expect(pythonSays({ kind: 'divide' }, i32(2), i32(2))).toMatchObject({ raises: false, text: expect.stringMatching(/float64/) });
    expect(pythonSays({ kind: 'mean', axis: null, keepdims: false }, i32(4), none)).toMatchObject({ raises: false, text: expect.stringMatching(/fraction is dropped/) });
    expect(pythonSays({ kind: 'mean', axis: null, keepdims: false }, f32(4), none)).toBeNull();
  });

  it('quotes the matmul size error for matrices, and only describes the others', () => {
    expect(pythonSays({ kind: 'matmul' }, f32(2, 3), f32(2, 3))?.quote).toBe('InvalidArgumentError: Matrix size-incompatible: In[0]: [2,3], In[1]: [2,3] [Op:MatMul]');
    expect(pythonSays({ kind: 'matmul' }, f32(2, 3), f32(3, 2))).toBeNull();
    expect(described(pythonSays({ kind: 'matmul' }, f32(3), f32(3, 2)))).toBe(true);
    expect(described(pythonSays({ kind: 'matmul' }, f32(5, 2, 3), f32(5, 4, 2)))).toBe(true);
    expect(pythonSays({ kind: 'matmul' }, f32(5, 2, 3), f32(3, 2))).toBeNull();
  });

  it('quotes the reshape errors with and without -1', () => {
    expect(pythonSays({ kind: 'reshape', shape: [4] }, f32(2, 3), none)?.quote).toBe('InvalidArgumentError: Input to reshape is a tensor with 6 values, but the requested shape has 4 [Op:Reshape]');
    expect(pythonSays({ kind: 'reshape', shape: [-1, 4] }, f32(2, 3), none)?.quote).toBe('InvalidArgumentError: Input to reshape is a tensor with 6 values, but the requested shape requires a multiple of 4 [Op:Reshape]');
    expect(pythonSays({ kind: 'reshape', shape: [3, -1] }, f32(2, 3), none)).toBeNull();
    expect(described(pythonSays({ kind: 'reshape', shape: [-1, -1] }, f32(2, 3), none))).toBe(true);
  });

  it('quotes transpose and reduction axis errors', () => {
    expect(pythonSays({ kind: 'transpose', perm: [1, 0, 2] }, f32(2, 3), none)?.quote).toBe('InvalidArgumentError: transpose expects a vector of size 2. But input(1) is a vector of size 3 [Op:Transpose]');
    expect(pythonSays({ kind: 'transpose', perm: null }, f32(2, 3), none)).toBeNull();
    expect(pythonSays({ kind: 'sum', axis: 2, keepdims: false }, f32(2, 3), none)?.quote).toBe('InvalidArgumentError: Invalid reduction dimension (2 for input with 2 dimension(s) [Op:Sum]');
    expect(pythonSays({ kind: 'max', axis: [0, -3], keepdims: true }, f32(2, 3), none)?.quote).toMatch(/\(-3 for input with 2 dimension\(s\) \[Op:Max\]$/);
    expect(pythonSays({ kind: 'sum', axis: -2, keepdims: false }, f32(2, 3), none)).toBeNull();
  });
});
