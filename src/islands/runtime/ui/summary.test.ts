import { describe, expect, it } from 'vitest';
import { formatShape } from './summary';

describe('formatShape', () => {
  it('prints shapes the way Keras does, None for the batch dimension', () => {
    expect(formatShape([null, 26, 26, 32])).toBe('(None, 26, 26, 32)');
    expect(formatShape([null, 10])).toBe('(None, 10)');
  });

  it('keeps the trailing comma of a one-element tuple', () => {
    expect(formatShape([null])).toBe('(None,)');
  });
});
