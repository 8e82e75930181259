import { describe, expect, it } from 'vitest';
import { explainMatmul } from './matmul';

describe('the matmul shape rule', () => {
  it('names the inner sizes that must agree', () => {
    expect(explainMatmul([2, 3], [2, 3])).toEqual({ ok: false, text: 'A (2, 3) @ B (2, 3): A\'s last axis (3) must equal B\'s second-to-last axis (2).' });
  });

  it('gives the result shape, broadcasting batch axes', () => {
    expect(explainMatmul([2, 3], [3, 4])).toEqual({ ok: true, text: 'A (2, 3) @ B (3, 4) gives (2, 4): each of A\'s 2 rows meets each of B\'s 4 columns over 3 shared values.' });
    expect(explainMatmul([5, 2, 3], [3, 4]).text).toMatch(/gives \(5, 2, 4\)/);
    expect(explainMatmul([5, 2, 3], [4, 3, 1]).ok).toBe(false);
  });

  it('refuses vectors, which matmul does not take', () => {
    expect(explainMatmul([3], [3, 2]).ok).toBe(false);
  });
});
